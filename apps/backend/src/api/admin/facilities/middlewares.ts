import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  AdminCreateFacility,
  AdminListFacilitiesParams,
  AdminUpdateFacility,
} from "./validators"

export const adminFacilitiesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/facilities",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListFacilitiesParams, {})],
  },
  {
    matcher: "/admin/facilities",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateFacility)],
  },
  {
    matcher: "/admin/facilities/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateFacility)],
  },
]

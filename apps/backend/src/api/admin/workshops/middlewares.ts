import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  AdminCreateWorkshop,
  AdminListWorkshopsParams,
  AdminUpdateWorkshop,
  AdminWorkshopProducts,
} from "./validators"

export const adminWorkshopsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/workshops",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListWorkshopsParams, {})],
  },
  {
    matcher: "/admin/workshops",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateWorkshop)],
  },
  {
    matcher: "/admin/workshops/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateWorkshop)],
  },
  {
    matcher: "/admin/workshops/:id/products",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminWorkshopProducts)],
  },
]

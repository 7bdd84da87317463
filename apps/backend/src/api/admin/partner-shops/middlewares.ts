import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  AdminAddPartnerBuyer,
  AdminListPartnerShopsParams,
  AdminUpdatePartnerShop,
} from "./validators"

export const adminPartnerShopsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/partner-shops",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListPartnerShopsParams, {})],
  },
  {
    matcher: "/admin/partner-shops/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdatePartnerShop)],
  },
  {
    matcher: "/admin/partner-shops/:id/buyers",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminAddPartnerBuyer)],
  },
]

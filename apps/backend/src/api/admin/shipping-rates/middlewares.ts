import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { AdminListShippingRatesParams, AdminUpdateShippingRate } from "./validators"

export const adminShippingRatesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/shipping-rates",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListShippingRatesParams, {})],
  },
  {
    matcher: "/admin/shipping-rates/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateShippingRate)],
  },
]

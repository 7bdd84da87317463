import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminSaveShippingPolicy } from "./validators"

export const adminShippingPolicyMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/shipping-policy",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminSaveShippingPolicy)],
  },
]

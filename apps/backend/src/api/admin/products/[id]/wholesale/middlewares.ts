import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminProductWholesale } from "./validators"

export const adminProductWholesaleMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/products/:id/wholesale",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminProductWholesale)],
  },
]

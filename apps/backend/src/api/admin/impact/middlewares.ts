import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminImpactParams } from "./validators"

export const adminImpactMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/impact",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminImpactParams, {})],
  },
]

import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminImpactDashboardParams } from "./validators"

export const adminImpactDashboardMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/impact-dashboard",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminImpactDashboardParams, {})],
  },
]

import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateStandard, AdminUpdateStandard } from "./validators"

export const adminQualityStandardsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/quality-standards",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateStandard)],
  },
  {
    matcher: "/admin/quality-standards/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateStandard)],
  },
]

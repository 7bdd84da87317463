import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  AdminApprovePartnerApplication,
  AdminListPartnerApplicationsParams,
  AdminRejectPartnerApplication,
} from "./validators"

export const adminPartnerApplicationsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/partner-applications",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListPartnerApplicationsParams, {})],
  },
  {
    matcher: "/admin/partner-applications/:id/approve",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminApprovePartnerApplication)],
  },
  {
    matcher: "/admin/partner-applications/:id/reject",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminRejectPartnerApplication)],
  },
]

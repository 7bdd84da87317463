import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { guardStaffRequest } from "./guard"
import {
  AdminAssignStaffRole,
  AdminInviteStaff,
  AdminListAuditLogParams,
} from "./validators"

/** First in line for every admin route: the staff policy and the audit log. */
export const adminStaffGuardMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/*",
    middlewares: [
      authenticate("user", ["session", "bearer", "api-key"], {
        allowUnauthenticated: true,
      }),
      guardStaffRequest,
    ],
  },
]

export const adminStaffMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/staff/invites",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminInviteStaff)],
  },
  {
    matcher: "/admin/staff/:user_id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminAssignStaffRole)],
  },
  {
    matcher: "/admin/audit-log",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListAuditLogParams, {})],
  },
]

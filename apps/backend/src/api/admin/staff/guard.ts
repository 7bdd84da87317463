import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { auditedResource, facilityStaffCheck, isAudited } from "../../../lib/staff-policy"
import { enforceFacilityScope, staffScopeOf } from "../../../lib/staff-scope"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"

const MAX_AUDITED_BODY = 4000

/**
 * Runs before every admin route: facility staff get only what the staff policy
 * allows them (403 otherwise, before anything is read or written), and every
 * successful change to audited data is recorded with who made it.
 */
export async function guardStaffRequest(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
) {
  const userId =
    req.auth_context?.actor_type === "user" ? req.auth_context.actor_id : null
  if (!userId) {
    // Unauthenticated requests and secret API keys are left to Medusa's own checks.
    return next()
  }
  const staff = await staffScopeOf(req.scope, userId)
  if (staff.role === "facility_staff") {
    await enforceFacilityScope(
      req.scope,
      staff.facility_id,
      facilityStaffCheck(req.method, req.originalUrl),
      { query: req.query as Record<string, unknown>, body: req.body },
    )
  }
  if (isAudited(req.method, req.originalUrl)) {
    res.on("finish", () => {
      if (res.statusCode >= 400) {
        return
      }
      void recordChange(req, res.statusCode, userId, staff).catch((error) =>
        req.scope
          .resolve("logger")
          .error(`Audit entry for ${req.method} ${req.originalUrl} failed: ${error}`),
      )
    })
  }
  next()
}

async function recordChange(
  req: AuthenticatedMedusaRequest,
  statusCode: number,
  userId: string,
  staff: Awaited<ReturnType<typeof staffScopeOf>>,
) {
  const [user] = await req.scope
    .resolve(Modules.USER)
    .listUsers({ id: userId }, { take: 1 })
  const body = JSON.stringify(req.body ?? null)
  const { type, id } = auditedResource(req.originalUrl)
  const audit: StaffModuleService = req.scope.resolve(STAFF_MODULE)
  await audit.createAuditEntries({
    actor_id: userId,
    actor_email: user?.email ?? null,
    method: req.method,
    path: req.originalUrl.split("?")[0],
    resource_type: type,
    resource_id: id,
    facility_id: staff.role === "facility_staff" ? staff.facility_id : null,
    status_code: statusCode,
    changes: body.length <= MAX_AUDITED_BODY ? JSON.parse(body) : { truncated: true },
  })
}

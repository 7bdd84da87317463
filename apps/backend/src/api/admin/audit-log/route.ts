import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"
import type { AdminListAuditLogParamsType } from "../staff/validators"

/** Who changed provenance, quality, stock and ledger data, and when; newest first. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { limit, offset, ...filters } = req.validatedQuery as AdminListAuditLogParamsType
  const staff: StaffModuleService = req.scope.resolve(STAFF_MODULE)
  const [entries, count] = await staff.listAndCountAuditEntries(
    Object.fromEntries(
      Object.entries(filters).filter(([, value]) => value !== undefined),
    ),
    { skip: offset, take: limit, order: { created_at: "DESC" } },
  )
  res.json({ audit_entries: entries, count, limit, offset })
}

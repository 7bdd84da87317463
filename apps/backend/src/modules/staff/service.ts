import { MedusaService } from "@medusajs/framework/utils"
import { AuditEntry } from "./models/audit-entry"
import { StaffAssignment } from "./models/staff-assignment"

export default class StaffModuleService extends MedusaService({
  StaffAssignment,
  AuditEntry,
}) {}

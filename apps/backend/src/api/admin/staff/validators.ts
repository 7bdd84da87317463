import { z } from "@medusajs/framework/zod"

const role = z.enum(["head_office", "facility_staff"])

export const AdminInviteStaff = z
  .object({
    email: z.string().trim().toLowerCase().email(),
    role,
    facility_id: z.string().min(1).nullish(),
  })
  .strict()

export const AdminAssignStaffRole = z
  .object({ role, facility_id: z.string().min(1).nullish() })
  .strict()

export const AdminListAuditLogParams = z
  .object({
    resource_type: z.string().min(1).optional(),
    resource_id: z.string().min(1).optional(),
    actor_id: z.string().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export type AdminInviteStaffType = z.infer<typeof AdminInviteStaff>
export type AdminAssignStaffRoleType = z.infer<typeof AdminAssignStaffRole>
export type AdminListAuditLogParamsType = z.infer<typeof AdminListAuditLogParams>

import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import { adminGet, adminPost } from "./client"
import { PAGE_SIZE, useFacilityOptions } from "./queries"
import type { Page } from "./types"

/*
 * The staff admin API (roles, invitations, the audit log) as the dashboard
 * receives it. Only head office may call it; facility staff get a 403 whose
 * message the sections show.
 */

export const STAFF_ROLES = ["head_office", "facility_staff"] as const

export type StaffRole = (typeof STAFF_ROLES)[number]

export type StaffMember = {
  user_id: string
  email: string
  first_name: string | null
  last_name: string | null
  role: StaffRole
  /** Set only for facility staff. */
  facility_id: string | null
}

/** An invitation whose account does not exist yet, with the role it will get. */
export type PendingInvitation = {
  email: string
  role: StaffRole
  facility_id: string | null
}

export type StaffList = { staff: StaffMember[]; invited: PendingInvitation[] }

/** What both the invitation and the role change send. */
export type RoleBody = { role: StaffRole; facility_id: string | null }

export type InviteBody = RoleBody & { email: string }

export type InviteResult = {
  invite: { id: string; email: string; token: string; expires_at: string }
  role: StaffRole
  facility_id: string | null
}

export type AssignRoleResult = RoleBody & { user_id: string; email: string }

/** The first segment of an audited admin path, which the log filters by. */
export const AUDIT_RESOURCE_TYPES = [
  "facilities",
  "workshops",
  "batches",
  "certificates",
  "quality-standards",
  "shipping-rates",
  "shipping-policy",
  "inventory-items",
  "payments",
  "orders",
  "invoices",
  "staff",
] as const

export type AuditResourceType = (typeof AUDIT_RESOURCE_TYPES)[number]

export type AuditEntry = {
  id: string
  actor_id: string
  actor_email: string | null
  method: string
  path: string
  resource_type: string
  resource_id: string | null
  /** The actor's facility when they acted as facility staff; null for head office. */
  facility_id: string | null
  status_code: number
  /** The request body as sent, or `{ truncated: true }` when it was too long to keep. */
  changes: unknown
  created_at: string
}

/** Every key starts here, and any staff write refreshes them all (it is audited too). */
const ROOT = "staff"

export function useStaff() {
  return useQuery({
    queryKey: [ROOT, "list"],
    queryFn: () => adminGet<StaffList>("/admin/staff"),
  })
}

export function useAuditLog(params: { offset: number; resource_type?: string }) {
  return useQuery({
    queryKey: [ROOT, "audit-log", params],
    queryFn: () =>
      adminGet<Page<"audit_entries", AuditEntry>>("/admin/audit-log", {
        ...params,
        limit: PAGE_SIZE,
      }),
    placeholderData: keepPreviousData,
  })
}

function useStaffWrite<TBody extends object, TResult>(path: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: TBody) => adminPost<TResult>(path, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [ROOT] }),
  })
}

export function useInviteStaff() {
  return useStaffWrite<InviteBody, InviteResult>("/admin/staff/invites")
}

export function useAssignStaffRole(userId: string) {
  return useStaffWrite<RoleBody, AssignRoleResult>(`/admin/staff/${userId}`)
}

/** Facility names by id, and the facilities as select options. */
export function useFacilityNames() {
  const facilities = useFacilityOptions()
  const list = facilities.data?.facilities ?? []
  return {
    names: new Map(list.map((facility) => [facility.id, facility.name])),
    options: list.map((facility) => ({ value: facility.id, label: facility.name })),
    isLoading: facilities.isLoading,
    error: facilities.error,
  }
}

/** The facility goes with facility staff only; head office is never bound to one. */
export function roleBody(role: StaffRole, facilityId: string): RoleBody {
  return { role, facility_id: role === "facility_staff" ? facilityId : null }
}

/** Medusa's own page where the invitee sets a password and so creates the account. */
export function invitationLink(token: string): string {
  return `${window.location.origin}/app/invite?token=${encodeURIComponent(token)}`
}

export function staffName(member: Pick<StaffMember, "first_name" | "last_name">) {
  return [member.first_name, member.last_name].filter(Boolean).join(" ")
}

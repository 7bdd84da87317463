import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { STAFF_MODULE } from "../modules/staff"
import type StaffModuleService from "../modules/staff/service"
import type { ScopeCheck } from "./staff-policy"

export type StaffScope =
  | { role: "head_office" }
  | { role: "facility_staff"; facility_id: string }

/**
 * A staff user's role. A user without an assignment is head office, as every
 * Medusa user is; an assignment made with an invitation waits under the
 * invited e-mail and is bound to the account the first time it is used.
 */
export async function staffScopeOf(
  scope: MedusaContainer,
  userId: string,
): Promise<StaffScope> {
  const staff: StaffModuleService = scope.resolve(STAFF_MODULE)
  let [assignment] = await staff.listStaffAssignments({ user_id: userId }, { take: 1 })
  if (!assignment) {
    const users = scope.resolve(Modules.USER)
    const [user] = await users.listUsers({ id: userId }, { take: 1 })
    const [waiting] = user
      ? await staff.listStaffAssignments(
          { email: user.email.toLowerCase(), user_id: null },
          { take: 1 },
        )
      : []
    if (waiting) {
      assignment = await staff.updateStaffAssignments({ id: waiting.id, user_id: userId })
    }
  }
  return assignment?.role === "facility_staff" && assignment.facility_id
    ? { role: "facility_staff", facility_id: assignment.facility_id }
    : { role: "head_office" }
}

function refuse(message: string): never {
  throw new MedusaError(MedusaError.Types.FORBIDDEN, message)
}

async function facilityOf(
  scope: MedusaContainer,
  entity: "workshop" | "production_batch",
  id: string,
): Promise<string | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity,
    fields: entity === "workshop" ? ["facility.id"] : ["workshop.facility.id"],
    filters: { id },
  })
  const row = data[0] as
    | { facility?: { id: string }; workshop?: { facility?: { id: string } } }
    | undefined
  return row?.facility?.id ?? row?.workshop?.facility?.id ?? null
}

async function locationOf(
  scope: MedusaContainer,
  facilityId: string,
): Promise<string | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "facility",
    fields: ["stock_location.id"],
    filters: { id: facilityId },
  })
  return (
    (data[0] as { stock_location?: { id: string } | null } | undefined)?.stock_location
      ?.id ?? null
  )
}

const FEED_LIMIT = 200
/** Matches no notification, for a feed with nothing to show. */
const NO_NOTIFICATION = "noti_none"

/** The admin feed's notices about a facility, newest first. */
async function facilityNotificationIds(
  scope: MedusaContainer,
  facilityId: string,
): Promise<string[]> {
  const notifications = await scope
    .resolve(Modules.NOTIFICATION)
    .listNotifications(
      { channel: "feed", resource_type: "facility", resource_id: facilityId },
      { select: ["id"], take: FEED_LIMIT, order: { created_at: "DESC" } },
    )
  return notifications.map((notification) => notification.id)
}

/**
 * Throws a 403 unless facility staff may make this request; a list is forced
 * to their facility through its `facility_id` filter.
 */
export async function enforceFacilityScope(
  scope: MedusaContainer,
  facilityId: string,
  check: ScopeCheck,
  request: { query: Record<string, unknown>; body: unknown },
): Promise<void> {
  const foreign =
    "This belongs to another facility: facility staff work on their own facility only"
  switch (check.kind) {
    case "allow":
      return
    case "deny":
      return refuse("Facility staff may not do this; ask head office")
    case "own_list":
      if (request.query.facility_id && request.query.facility_id !== facilityId) {
        refuse(foreign)
      }
      request.query.facility_id = facilityId
      return
    case "facility":
      return check.id === facilityId ? undefined : refuse(foreign)
    case "workshop":
    case "batch": {
      const owner = await facilityOf(
        scope,
        check.kind === "workshop" ? "workshop" : "production_batch",
        check.id,
      )
      // An unknown id answers 404 from the route itself.
      return owner === null || owner === facilityId ? undefined : refuse(foreign)
    }
    case "body_workshop": {
      const workshopId = (request.body as { workshop_id?: unknown } | undefined)
        ?.workshop_id
      const owner =
        typeof workshopId === "string"
          ? await facilityOf(scope, "workshop", workshopId)
          : null
      return owner === facilityId ? undefined : refuse(foreign)
    }
    case "body_facility": {
      const target = (request.body as { facility_id?: unknown } | undefined)?.facility_id
      return target === facilityId ? undefined : refuse(foreign)
    }
    case "own_notifications": {
      const own = await facilityNotificationIds(scope, facilityId)
      const asked = [request.query.id ?? []].flat()
      const visible = asked.length ? own.filter((id) => asked.includes(id)) : own
      request.query.id = visible.length ? visible : [NO_NOTIFICATION]
      return
    }
    case "notification":
      return (await facilityNotificationIds(scope, facilityId)).includes(check.id)
        ? undefined
        : refuse(foreign)
    case "stock_location":
      return (await locationOf(scope, facilityId)) === check.id
        ? undefined
        : refuse(foreign)
  }
}

import {
  type QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import { adminGet, adminPost, adminUrl } from "./client"
import { t } from "./i18n"
import { PAGE_SIZE } from "./queries"
import type { StaffRole } from "./staff"
import type { FacilityShipment } from "../../lib/facility-shipments"
import type { Page } from "./types"
import { isBlank, type FieldErrors } from "./validate"

/*
 * The fulfilment queue API: the shipments a facility must pack and send or hand
 * over, as the dashboard receives them. Dates are ISO strings.
 */

/** Who is signed in: facility staff are bound to one facility, head office to none. */
export type StaffScope = { role: StaffRole; facility_id: string | null }

/** The queue's tabs, as the list's `status` filter takes them. */
export const SHIPMENT_TABS = ["open", "shipped", "done"] as const

export type ShipmentTab = (typeof SHIPMENT_TABS)[number]

/*
 * The shipment as the API answers it, typed from the API's own module; a type
 * import, so no server code reaches the dashboard bundle.
 */
export type {
  FacilityShipment,
  ShipmentStatus,
  Delivery as DeliveryMethod,
} from "../../lib/facility-shipments"

export type ShipmentItem = FacilityShipment["items"][number]

export type ShipBody = { courier: string; tracking_number: string; tracking_url?: string }

/** The steps that take no input: ready to collect, and delivered (collected or by courier). */
export type ShipmentStep = "ready-for-pickup" | "deliver"

/*
 * Couriers staff pick from. Brand names read the same in every language and
 * are sent to the server (and on to the buyer) as written.
 */
export const COURIERS = [
  "JNE",
  "J&T Express",
  "SiCepat",
  "Pos Indonesia",
  "AnterAja",
  "Ninja Xpress",
  "Lion Parcel",
] as const

/** The courier choice that asks for the name in a text field instead. */
export const OTHER_COURIER = "other"

export type ShipForm = {
  courier: string
  otherCourier: string
  trackingNumber: string
  trackingUrl: string
}

export type ShipFormErrors = FieldErrors<keyof ShipForm>

const TRACKING_NUMBER = /^[A-Za-z0-9-]{6,40}$/

export function trackingNumberError(value: string): string | undefined {
  if (isBlank(value)) return t.common.required
  return TRACKING_NUMBER.test(value.trim())
    ? undefined
    : t.fulfilment.invalidTrackingNumber
}

/** Blank is fine (not every courier has a tracking page); anything else must be a web address. */
export function trackingUrlError(value: string): string | undefined {
  if (isBlank(value)) return undefined
  try {
    const { protocol } = new URL(value.trim())
    return protocol === "http:" || protocol === "https:"
      ? undefined
      : t.fulfilment.invalidTrackingUrl
  } catch {
    return t.fulfilment.invalidTrackingUrl
  }
}

function courierNameError(value: string): string | undefined {
  if (isBlank(value)) return t.common.required
  const { length } = value.trim()
  return length >= 2 && length <= 60 ? undefined : t.fulfilment.invalidCourierName
}

export function shipFormErrors(form: ShipForm): ShipFormErrors {
  return {
    courier: form.courier ? undefined : t.common.required,
    otherCourier:
      form.courier === OTHER_COURIER ? courierNameError(form.otherCourier) : undefined,
    trackingNumber: trackingNumberError(form.trackingNumber),
    trackingUrl: trackingUrlError(form.trackingUrl),
  }
}

/** The form as the ship request takes it; the tracking URL is left out when blank. */
export function shipBody(form: ShipForm): ShipBody {
  const courier = form.courier === OTHER_COURIER ? form.otherCourier : form.courier
  const trackingUrl = form.trackingUrl.trim()
  return {
    courier: courier.trim(),
    tracking_number: form.trackingNumber.trim(),
    ...(trackingUrl && { tracking_url: trackingUrl }),
  }
}

/** "2 × Keripik Tempe, 1 × Tas Tenun", for a table cell. */
export function itemsSummary(items: ShipmentItem[]): string {
  return items.map((item) => `${item.quantity} × ${item.title}`).join(", ")
}

const POSTAL_CODE = /^\d+$/

/**
 * The city line of an address ("Bandung, Jawa Barat"): the last line but the
 * postal code, which may follow it on its own. Empty for a pickup.
 */
export function cityLine(addressLines: string[]): string | undefined {
  return addressLines.filter((line) => !POSTAL_CODE.test(line.trim())).at(-1)
}

export const orderNumber = (shipment: FacilityShipment) => `#${shipment.display_id}`

const shipmentPath = (facilityId: string, id: string) =>
  `/admin/facilities/${facilityId}/shipments/${id}`

/** The PDF the browser opens itself; the session cookie goes along. */
export function packingSlipUrl(facilityId: string, shipmentId: string): string {
  return adminUrl(`${shipmentPath(facilityId, shipmentId)}/packing-slip.pdf`)
}

/** Every key starts here; a step refreshes the shipment lists. */
const ROOT = "fulfilment"

export function useStaffScope() {
  return useQuery({
    queryKey: [ROOT, "scope"],
    queryFn: () => adminGet<StaffScope>("/admin/staff/me"),
  })
}

export function useShipments(facilityId: string, status: ShipmentTab, offset: number) {
  return useQuery({
    queryKey: [ROOT, "shipments", facilityId, status, offset],
    queryFn: () =>
      adminGet<Page<"shipments", FacilityShipment>>(
        `/admin/facilities/${facilityId}/shipments`,
        { status, offset, limit: PAGE_SIZE },
      ),
    // The last page stays on screen while the next one loads, but another
    // tab's or facility's rows never stand in for this one's.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === facilityId && previousQuery.queryKey[3] === status
        ? previous
        : undefined,
  })
}

type ShipmentResult = { shipment: FacilityShipment }

/*
 * A refused step usually means someone else already moved the shipment on, so
 * the queue is refreshed whether the step succeeded or not.
 */
const refreshQueue = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: [ROOT, "shipments"] })

export function useShipShipment(facilityId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ShipBody }) =>
      adminPost<ShipmentResult>(`${shipmentPath(facilityId, id)}/ship`, body),
    onSettled: () => refreshQueue(queryClient),
  })
}

export function useShipmentStep(facilityId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, step }: { id: string; step: ShipmentStep }) =>
      adminPost<ShipmentResult>(`${shipmentPath(facilityId, id)}/${step}`),
    onSettled: () => refreshQueue(queryClient),
  })
}

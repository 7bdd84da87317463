/**
 * What facility staff may do in the admin, route by route. Head office may do
 * everything; anything not listed here is refused to facility staff (403),
 * including Medusa's own admin routes.
 *
 * A rule either allows the request outright (data every staff member needs,
 * such as their own user or public reference data), or names the record whose
 * facility must be the staff member's own, or forces a list to their facility.
 */
export type ScopeCheck =
  | { kind: "allow" }
  | { kind: "deny" }
  /** A list: its `facility_id` filter is set to the staff member's facility. */
  | { kind: "own_list" }
  | { kind: "facility"; id: string }
  | { kind: "workshop"; id: string }
  | { kind: "batch"; id: string }
  /** A create: the body names the workshop (`workshop_id`) or facility (`facility_id`). */
  | { kind: "body_workshop" }
  | { kind: "body_facility" }
  | { kind: "stock_location"; id: string }
  /** The admin feed: only notices about their facility (the daily stock watch). */
  | { kind: "own_notifications" }
  | { kind: "notification"; id: string }

type Rule = {
  methods: string[]
  pattern: RegExp
  check: (match: RegExpMatchArray) => ScopeCheck
}

const ID = "([^/]+)"
const route = (path: string) => new RegExp(`^/admin${path}/?$`)
const allow = (): ScopeCheck => ({ kind: "allow" })

const RULES: Rule[] = [
  // The dashboard's own shell: who is logged in, the store.
  { methods: ["GET"], pattern: route("/users/me"), check: allow },
  { methods: ["GET"], pattern: route("/staff/me"), check: allow },
  { methods: ["GET"], pattern: route("/stores(?:/[^/]+)?"), check: allow },
  // The notification feed: their facility's notices only.
  {
    methods: ["GET"],
    pattern: route("/notifications"),
    check: () => ({ kind: "own_notifications" }),
  },
  {
    methods: ["GET"],
    pattern: route(`/notifications/${ID}`),
    check: (m) => ({ kind: "notification", id: m[1] }),
  },
  { methods: ["GET"], pattern: route("/feature-flags"), check: allow },
  { methods: ["GET"], pattern: route("/views/.*"), check: allow },
  { methods: ["GET"], pattern: route("/layouts/.*"), check: allow },
  // Public reference data.
  { methods: ["GET"], pattern: route("/facilities"), check: allow },
  { methods: ["GET"], pattern: route("/quality-standards(?:/[^/]+)?"), check: allow },
  { methods: ["GET"], pattern: route(`/products/${ID}/quality`), check: allow },
  // Their facility.
  {
    methods: ["GET", "POST"],
    pattern: route(`/facilities/${ID}`),
    check: (m) => ({ kind: "facility", id: m[1] }),
  },
  // The shipments their facility packs, hands over and sends.
  {
    methods: ["GET", "POST"],
    pattern: route(
      `/facilities/${ID}/shipments(?:/[^/]+(?:/packing-slip\\.pdf|/ship|/ready-for-pickup|/deliver)?)?`,
    ),
    check: (m) => ({ kind: "facility", id: m[1] }),
  },
  { methods: ["GET"], pattern: route("/workshops"), check: () => ({ kind: "own_list" }) },
  {
    methods: ["POST"],
    pattern: route("/workshops"),
    check: () => ({ kind: "body_facility" }),
  },
  {
    methods: ["GET", "POST"],
    pattern: route(`/workshops/${ID}(?:/products)?`),
    check: (m) => ({ kind: "workshop", id: m[1] }),
  },
  { methods: ["GET"], pattern: route("/batches"), check: () => ({ kind: "own_list" }) },
  {
    methods: ["POST"],
    pattern: route("/batches"),
    check: () => ({ kind: "body_workshop" }),
  },
  {
    methods: ["GET", "POST"],
    pattern: route(`/batches/${ID}(?:/label|/inspections|/recall)?`),
    check: (m) => ({ kind: "batch", id: m[1] }),
  },
  { methods: ["GET"], pattern: route("/impact"), check: () => ({ kind: "own_list" }) },
  {
    methods: ["GET"],
    pattern: route("/(?:impact-dashboard|exports/ledger\\.csv|exports/sales\\.csv)"),
    check: () => ({ kind: "own_list" }),
  },
  // Stock at their facility's location.
  {
    methods: ["GET", "POST"],
    pattern: route(`/inventory-items/${ID}/location-levels/${ID}`),
    check: (m) => ({ kind: "stock_location", id: m[2] }),
  },
]

export function facilityStaffCheck(method: string, path: string): ScopeCheck {
  const clean = path.split("?")[0]
  for (const rule of RULES) {
    const match = clean.match(rule.pattern)
    if (match && rule.methods.includes(method.toUpperCase())) {
      return rule.check(match)
    }
  }
  return { kind: "deny" }
}

/** Changes to these records are written to the audit log (with who and when). */
const AUDITED = [
  /^\/admin\/(facilities|workshops|batches|certificates|quality-standards|shipping-rates|shipping-policy)(\/|$)/,
  /^\/admin\/inventory-items\/[^/]+\/location-levels/,
  // Captures, refunds, cancellations and invoices move the impact ledger.
  /^\/admin\/payments\/[^/]+\/(capture|refund)/,
  /^\/admin\/orders\/[^/]+\/(cancel|fulfillments)/,
  /^\/admin\/invoices\/[^/]+\/mark-paid/,
  /^\/admin\/staff(\/|$)/,
]

export function isAudited(method: string, path: string): boolean {
  const clean = path.split("?")[0]
  return method !== "GET" && AUDITED.some((pattern) => pattern.test(clean))
}

/** The record a change concerns: `/admin/batches/pbat_1/recall` is a batch, pbat_1. */
export function auditedResource(path: string): { type: string; id: string | null } {
  const [, , type = "unknown", id = null] = path.split("?")[0].split("/")
  return { type, id }
}

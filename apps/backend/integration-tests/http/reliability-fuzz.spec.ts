import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ZodTypeAny } from "@medusajs/framework/zod"
import fc from "fast-check"
import * as batches from "../../src/api/admin/batches/validators"
import * as certificates from "../../src/api/admin/certificates/validators"
import * as exportsParams from "../../src/api/admin/exports/validators"
import * as shipments from "../../src/api/admin/facilities/[id]/shipments/validators"
import * as facilities from "../../src/api/admin/facilities/validators"
import * as dashboard from "../../src/api/admin/impact-dashboard/validators"
import * as impact from "../../src/api/admin/impact/validators"
import * as invoices from "../../src/api/admin/invoices/validators"
import * as applications from "../../src/api/admin/partner-applications/validators"
import * as partnerShops from "../../src/api/admin/partner-shops/validators"
import * as productWholesale from "../../src/api/admin/products/[id]/wholesale/validators"
import * as standards from "../../src/api/admin/quality-standards/validators"
import * as quotes from "../../src/api/admin/quotes/validators"
import * as shippingPolicy from "../../src/api/admin/shipping-policy/validators"
import * as shippingRates from "../../src/api/admin/shipping-rates/validators"
import * as staff from "../../src/api/admin/staff/validators"
import * as workshops from "../../src/api/admin/workshops/validators"
import * as catalog from "../../src/api/store/catalog/validators"
import * as storeFacilities from "../../src/api/store/facilities/validators"
import * as orderLookup from "../../src/api/store/order-lookup/validators"
import * as partnerApplication from "../../src/api/store/partner-applications/validators"
import * as partner from "../../src/api/store/partner/validators"
import * as search from "../../src/api/store/search/validators"
import * as storeWorkshops from "../../src/api/store/workshops/validators"
import { seedDemoData } from "../../src/scripts/seed"
import { demoPartnerBuyer } from "../../src/scripts/seed-data"
import { adminHeaders } from "../utils/auth"

// The test runner's axios client; responses are read loosely.
type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
type Headers = { headers: Record<string, string> }
type Caller = "admin" | "store" | "partner"

/**
 * Every custom route, with the schema whose field names the fuzzer fills with
 * arbitrary values. Ids come from the seed, so requests reach past the
 * "not found" answer into the route's own logic.
 */
type Target = {
  method: "get" | "post" | "delete"
  path: (ids: Ids) => string
  caller: Caller
  schema?: ZodTypeAny
  /** A body the route accepts, which the fuzzer changes one field at a time. */
  valid?: (ids: Ids) => Json
}

type Ids = Record<
  | "facility"
  | "workshop"
  | "batch"
  | "certificate"
  | "standard"
  | "rate"
  | "product"
  | "application"
  | "shop"
  | "quote"
  | "invoice"
  | "order"
  | "user"
  | "shipment"
  | "code"
  | "facilityHandle"
  | "workshopHandle"
  | "cart"
  | "partnerCart"
  | "variant"
  | "sku",
  string
>

const t = (
  method: Target["method"],
  caller: Caller,
  path: Target["path"],
  schema?: ZodTypeAny,
  valid?: Target["valid"],
): Target => ({ method, caller, path, schema, valid })

const PARTNER_APPLICATION = {
  business_name: "Toko Uji Fuzz",
  npwp: "01.234.567.8-901.000",
  contact_name: "Pemilik Toko",
  email: "toko.fuzz@contoh.karya.local",
  phone: "0812 3456 7890",
  address: {
    address_1: "Jalan Pasar No. 3",
    city: "Kota Malang",
    province: "Jawa Timur",
    postal_code: "65111",
    country_code: "id",
  },
  expected_monthly_volume: 100,
}

const TARGETS: Target[] = [
  t("get", "admin", () => "/admin/audit-log", staff.AdminListAuditLogParams),
  t("get", "admin", () => "/admin/batches", batches.AdminListBatchesParams),
  t(
    "post",
    "admin",
    () => "/admin/batches",
    batches.AdminCreateBatch,
    (i) => ({
      workshop_id: i.workshop,
      variant_id: i.variant,
      quantity: 5,
      produced_at: "2026-11-01T00:00:00.000Z",
    }),
  ),
  t("post", "admin", (i) => `/admin/batches/${i.batch}`, batches.AdminUpdateBatch),
  t(
    "post",
    "admin",
    (i) => `/admin/batches/${i.batch}/inspections`,
    batches.AdminCreateInspection,
  ),
  t("post", "admin", (i) => `/admin/batches/${i.batch}/recall`, batches.AdminRecallBatch),
  t(
    "get",
    "admin",
    () => "/admin/certificates",
    certificates.AdminListCertificatesParams,
  ),
  t("post", "admin", () => "/admin/certificates", certificates.AdminCreateCertificate),
  t(
    "post",
    "admin",
    (i) => `/admin/certificates/${i.certificate}`,
    certificates.AdminUpdateCertificate,
  ),
  t("get", "admin", () => "/admin/exports/ledger.csv", exportsParams.AdminExportParams),
  t("get", "admin", () => "/admin/exports/sales.csv", exportsParams.AdminExportParams),
  t("get", "admin", () => "/admin/facilities", facilities.AdminListFacilitiesParams),
  t("post", "admin", () => "/admin/facilities", facilities.AdminCreateFacility),
  t(
    "post",
    "admin",
    (i) => `/admin/facilities/${i.facility}`,
    facilities.AdminUpdateFacility,
  ),
  t(
    "get",
    "admin",
    (i) => `/admin/facilities/${i.facility}/shipments`,
    shipments.AdminListShipmentsParams,
  ),
  t(
    "post",
    "admin",
    (i) => `/admin/facilities/${i.facility}/shipments/${i.shipment}/ship`,
    shipments.AdminShipShipment,
    () => ({ courier: "JNE", tracking_number: "JNE-0012345678" }),
  ),
  t(
    "post",
    "admin",
    (i) => `/admin/facilities/${i.facility}/shipments/${i.shipment}/deliver`,
    shipments.AdminShipmentStep,
  ),
  t(
    "get",
    "admin",
    () => "/admin/impact-dashboard",
    dashboard.AdminImpactDashboardParams,
  ),
  t("get", "admin", () => "/admin/impact", impact.AdminImpactParams),
  t("get", "admin", () => "/admin/invoices", invoices.AdminListInvoicesParams),
  t(
    "post",
    "admin",
    (i) => `/admin/invoices/${i.invoice}/mark-paid`,
    invoices.AdminMarkInvoicePaid,
  ),
  t(
    "get",
    "admin",
    () => "/admin/partner-applications",
    applications.AdminListPartnerApplicationsParams,
  ),
  t(
    "post",
    "admin",
    (i) => `/admin/partner-applications/${i.application}/approve`,
    applications.AdminApprovePartnerApplication,
  ),
  t(
    "post",
    "admin",
    (i) => `/admin/partner-applications/${i.application}/reject`,
    applications.AdminRejectPartnerApplication,
  ),
  t(
    "get",
    "admin",
    () => "/admin/partner-shops",
    partnerShops.AdminListPartnerShopsParams,
  ),
  t(
    "post",
    "admin",
    (i) => `/admin/partner-shops/${i.shop}`,
    partnerShops.AdminUpdatePartnerShop,
  ),
  t(
    "post",
    "admin",
    (i) => `/admin/partner-shops/${i.shop}/buyers`,
    partnerShops.AdminAddPartnerBuyer,
  ),
  t(
    "post",
    "admin",
    (i) => `/admin/products/${i.product}/wholesale`,
    productWholesale.AdminProductWholesale,
  ),
  t("post", "admin", () => "/admin/quality-standards", standards.AdminCreateStandard),
  t(
    "post",
    "admin",
    (i) => `/admin/quality-standards/${i.standard}`,
    standards.AdminUpdateStandard,
  ),
  t("get", "admin", () => "/admin/quotes", quotes.AdminListQuotesParams),
  t("post", "admin", (i) => `/admin/quotes/${i.quote}/reply`, quotes.AdminReplyQuote),
  t(
    "post",
    "admin",
    (i) => `/admin/quotes/${i.quote}/messages`,
    quotes.AdminQuoteMessage,
  ),
  t(
    "post",
    "admin",
    () => "/admin/shipping-policy",
    shippingPolicy.AdminSaveShippingPolicy,
  ),
  t(
    "get",
    "admin",
    () => "/admin/shipping-rates",
    shippingRates.AdminListShippingRatesParams,
  ),
  t(
    "post",
    "admin",
    (i) => `/admin/shipping-rates/${i.rate}`,
    shippingRates.AdminUpdateShippingRate,
  ),
  t("post", "admin", () => "/admin/staff/invites", staff.AdminInviteStaff),
  t("post", "admin", (i) => `/admin/staff/${i.user}`, staff.AdminAssignStaffRole),
  t("get", "admin", () => "/admin/workshops", workshops.AdminListWorkshopsParams),
  t("post", "admin", () => "/admin/workshops", workshops.AdminCreateWorkshop),
  t(
    "post",
    "admin",
    (i) => `/admin/workshops/${i.workshop}`,
    workshops.AdminUpdateWorkshop,
  ),
  t(
    "post",
    "admin",
    (i) => `/admin/workshops/${i.workshop}/products`,
    workshops.AdminWorkshopProducts,
  ),
  t("get", "store", () => "/store/catalog", catalog.StoreCatalogParams),
  t("get", "store", () => "/store/facilities", storeFacilities.StoreListFacilitiesParams),
  t("get", "store", (i) => `/store/facilities/${i.facilityHandle}`),
  t("get", "store", () => "/store/workshops", storeWorkshops.StoreListWorkshopsParams),
  t("get", "store", (i) => `/store/workshops/${i.workshopHandle}`),
  t("get", "store", (i) => `/store/provenance/${i.code}`),
  t("get", "store", () => "/store/search", search.StoreSearchParams),
  t("get", "store", () => "/store/impact"),
  t("get", "store", () => "/store/shipping/provinces"),
  t("get", "store", (i) => `/store/carts/${i.cart}/shipping-groups`),
  t("get", "store", (i) => `/store/orders/${i.order}/bank-transfer`),
  t("post", "store", () => "/store/order-lookup", orderLookup.StoreOrderLookup),
  t(
    "post",
    "store",
    () => "/store/partner-applications",
    partnerApplication.StorePartnerApplication,
    () => PARTNER_APPLICATION,
  ),
  t("get", "partner", () => "/store/partner/prices", partner.StorePartnerPricesParams),
  t(
    "get",
    "partner",
    () => "/store/partner/invoices",
    partner.StorePartnerInvoicesParams,
  ),
  t(
    "post",
    "partner",
    () => "/store/partner/quick-order",
    partner.StoreQuickOrder,
    (i) => ({
      cart_id: i.partnerCart,
      items: [{ sku: i.sku, quantity: 10 }],
    }),
  ),
  t(
    "post",
    "partner",
    (i) => `/store/partner/orders/${i.order}/reorder`,
    partner.StoreReorder,
  ),
  t(
    "post",
    "partner",
    () => "/store/partner/quotes",
    partner.StoreCreateQuote,
    (i) => ({
      items: [{ variant_id: i.variant, quantity: 10 }],
    }),
  ),
  t(
    "post",
    "partner",
    (i) => `/store/partner/quotes/${i.quote}/messages`,
    partner.StoreQuoteMessage,
  ),
  t(
    "post",
    "partner",
    (i) => `/store/partner/quotes/${i.quote}/accept`,
    partner.StoreAcceptQuote,
  ),
  t(
    "post",
    "partner",
    (i) => `/store/partner/quotes/${i.quote}/reject`,
    partner.StoreRejectQuote,
  ),
]

/** The field names of an object schema, looking through refinements and defaults. */
function fieldsOf(schema: ZodTypeAny | undefined): string[] {
  let current: Json | undefined = schema
  while (current) {
    if (current.shape) return Object.keys(current.shape)
    current = current._def?.schema ?? current._def?.innerType ?? current._def?.in
  }
  return []
}

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "",
    " ",
    "-1",
    "0",
    "0.5",
    "1e9",
    "abc",
    "null",
    "🧪",
    "'; drop table x;--",
  ),
  fc.integer(),
  fc.constantFrom(-1, 0, 0.5, 1e9, Number.MAX_SAFE_INTEGER, -0),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.string(), fc.integer(), fc.object()), { maxLength: 3 }),
  fc.object({ maxDepth: 2 }),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
)

/** A body over the schema's fields (some left out), sometimes with a stranger. */
function bodyFor(fields: string[], valid?: Json): fc.Arbitrary<unknown> {
  const known = fc.record(Object.fromEntries(fields.map((field) => [field, anyValue])), {
    requiredKeys: [],
  })
  const arbitrary = fc.oneof(
    known,
    fc.tuple(known, fc.string({ minLength: 1 }), anyValue).map(([body, key, value]) => ({
      ...body,
      [key]: value,
    })),
    fc.anything(),
  )
  if (!valid) return arbitrary
  // One field of an accepted body changed or dropped reaches the route's own rules.
  const nearlyValid = fc
    .tuple(
      fc.constantFrom(...Object.keys(valid)),
      fc.option(anyValue, { nil: undefined }),
    )
    .map(([key, value]) => ({ ...valid, [key]: value }))
  return fc.oneof(fc.constant(valid), nearlyValid, nearlyValid, arbitrary)
}

/** A query string over the schema's fields, values as a browser would send them. */
function queryFor(fields: string[]): fc.Arbitrary<string> {
  const value = anyValue.map((v) =>
    typeof v === "string" ? v : (JSON.stringify(v) ?? ""),
  )
  return fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom(...fields, "limit", "offset"), fc.string()),
        value,
      ),
      {
        maxLength: 4,
      },
    )
    .map((pairs) => new URLSearchParams(pairs).toString())
}

/** Hundreds of requests, each followed by a digest of the whole database. */
const FUZZ_TIMEOUT_MS = 10 * 60_000

/**
 * A digest of every table's rows: a refused request must leave all of them as
 * they were. Left out: Medusa's workflow bookkeeping, and the search index,
 * a projection that background indexing rewrites whatever the request.
 */
const VOLATILE = new Set(["workflow_execution"])
const isVolatile = (table: string) => VOLATILE.has(table) || table.startsWith("search_")

medusaIntegrationTestRunner({
  // The fuzzer sends hundreds of requests from one address; limits are tested elsewhere.
  env: {
    RATE_LIMIT_PARTNER_APPLICATIONS: "100000",
    RATE_LIMIT_QUOTE_REQUESTS: "100000",
    RATE_LIMIT_ORDER_LOOKUPS: "100000",
  },
  testSuite: ({ api, getContainer }) => {
    const callers = {} as Record<Caller, Headers>
    let ids: Ids

    async function snapshot(): Promise<Map<string, string>> {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows: tables } = (await knex.raw(
        "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
      )) as { rows: { table_name: string }[] }
      const names = tables
        .map((row) => row.table_name)
        .filter((name) => !isVolatile(name))
      const digest = names
        .map(
          (name) =>
            `select '${name}' as t, md5(coalesce(string_agg(md5(x::text), '' order by md5(x::text)), '')) as h from "${name}" x`,
        )
        .join(" union all ")
      const { rows } = (await knex.raw(digest)) as { rows: { t: string; h: string }[] }
      return new Map(rows.map((row) => [row.t, row.h]))
    }

    /**
     * The state once the request's own after-effects (the audit entry written
     * when a change has been answered) have landed: two equal snapshots in a row.
     */
    async function settled(): Promise<Map<string, string>> {
      let previous = await snapshot()
      for (let attempt = 0; attempt < 20; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 25))
        const next = await snapshot()
        if (!changedTables(previous, next).length) return next
        previous = next
      }
      return previous
    }

    function changedTables(before: Map<string, string>, after: Map<string, string>) {
      return [...after]
        .filter(([table, hash]) => before.get(table) !== hash)
        .map(([t]) => t)
    }

    async function first(entity: string, fields: string[] = ["id"]): Promise<Json> {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity, fields, pagination: { take: 1 } })
      return data[0] ?? {}
    }

    beforeAll(async () => {
      const { publishableKey } = await seedDemoData(getContainer())
      callers.store = { headers: { "x-publishable-api-key": publishableKey } }
      callers.admin = await adminHeaders(api)
      const buyer = demoPartnerBuyer()
      const { data: login } = await api.post("/auth/customer/emailpass", buyer)
      callers.partner = {
        headers: { ...callers.store.headers, authorization: `Bearer ${login.token}` },
      }
      const { data: cart } = await api.post("/store/carts", {}, callers.store)
      const facility = await first("facility", ["id", "handle"])
      const workshop = await first("workshop", ["id", "handle"])
      const batch = await first("production_batch", [
        "id",
        "code",
        "variant_id",
        "product_variant.sku",
      ])
      const { data: partnerCart } = await api.post("/store/carts", {}, callers.partner)
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows: shipping } = (await knex.raw(
        "select id from order_shipping_method limit 1",
      )) as { rows: { id: string }[] }
      ids = {
        facility: facility.id,
        facilityHandle: facility.handle,
        workshop: workshop.id,
        workshopHandle: workshop.handle,
        batch: batch.id,
        code: batch.code,
        certificate: (await first("certificate")).id ?? "cert_missing",
        standard: (await first("quality_standard")).id,
        rate: (await first("shipping_rate")).id,
        product: (await first("product")).id,
        application: (await first("partner_application")).id ?? "papp_missing",
        shop: (await first("partner_shop")).id,
        quote: (await first("quote")).id ?? "quote_missing",
        invoice: (await first("invoice")).id ?? "inv_missing",
        order: (await first("order")).id,
        user: (await first("user")).id,
        shipment: shipping[0]?.id ?? "ordsm_missing",
        cart: cart.cart.id,
        variant: batch.variant_id,
        sku: batch.product_variant?.sku ?? "SKU-MISSING",
        partnerCart: partnerCart.cart.id,
      }
    })

    it(
      "8. answers every custom route's arbitrary input without a 500 or a partial write",
      async () => {
        const failures: string[] = []
        const answered = new Map<string, number>()
        let state = await settled()
        for (const target of TARGETS) {
          const fields = fieldsOf(target.schema)
          const input =
            target.method === "get"
              ? queryFor(fields)
              : bodyFor(fields, target.valid?.(ids))
          const pathIds = fc.oneof(
            fc.constant(ids),
            fc
              .string({ minLength: 1 })
              .map(
                (id) =>
                  Object.fromEntries(
                    Object.keys(ids).map((key) => [key, encodeURIComponent(id)]),
                  ) as Ids,
              ),
          )
          await fc
            .assert(
              fc.asyncProperty(pathIds, input, async (at, value) => {
                let url = target.path(at)
                if (target.method === "get" && typeof value === "string" && value) {
                  url += `?${value}`
                }
                const headers = callers[target.caller]
                const response = await (
                  target.method === "get"
                    ? api.get(url, headers)
                    : api.post(url, value, headers)
                ).catch((error: { response?: { status: number; data: Json } }) => {
                  if (!error.response) throw error
                  return error.response
                })
                const kind = `${Math.floor(response.status / 100)}xx`
                answered.set(kind, (answered.get(kind) ?? 0) + 1)
                const label = `${target.method.toUpperCase()} ${url} ${JSON.stringify(value)?.slice(0, 200)}`
                if (response.status >= 500) {
                  failures.push(
                    `${response.status} ${label}: ${JSON.stringify(response.data)}`,
                  )
                  return false
                }
                // A refused request is compared at once; an accepted one may still be
                // writing its audit entry, so the next comparison starts once it settled.
                const after = response.status >= 400 ? await snapshot() : await settled()
                if (response.status >= 400) {
                  const changed = changedTables(state, after)
                  if (changed.length) {
                    failures.push(
                      `${response.status} but changed ${changed.join(", ")}: ${label}`,
                    )
                    return false
                  }
                }
                state = after
                return true
              }),
              { numRuns: 12, seed: 20261130, endOnFailure: true },
            )
            .catch(() => undefined)
        }
        expect(failures).toEqual([])
        // Some inputs got through validation into the routes' own logic.
        expect(answered.get("2xx")).toBeGreaterThan(0)
        console.info(`Fuzzed ${TARGETS.length} routes:`, Object.fromEntries(answered))
      },
      FUZZ_TIMEOUT_MS,
    )
  },
})

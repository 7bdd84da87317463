import { readdirSync, readFileSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { INVOICE_PAYMENT_PROVIDER_ID } from "../../src/modules/invoice-payment"
import { seedDemoData } from "../../src/scripts/seed"
import {
  DEMO_PARTNER_SHOP,
  DEMO_PENDING_APPLICATION,
  demoAdmin,
  demoPartnerBuyer,
  PRODUCTS,
  workshopOf,
} from "../../src/scripts/seed-data"
import { DEMO_ORDERS } from "../../src/scripts/seed-sales"
import { adminHeaders } from "../utils/auth"
import { chooseShipping, eventually, payByBankTransfer } from "../utils/checkout"
import { keyPaths } from "../utils/key-paths"
import { deniedKey } from "../utils/privacy"
import { migrateAndSeedSearch } from "../utils/search"

// The test runner's axios client; responses are read loosely.
type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
type Headers = { headers: Record<string, string> }

/**
 * Who calls: the public with the publishable key, a registered customer, the
 * demo partner shop's buyer, or a customer who registered with the e-mail of
 * somebody else's partner application (Medusa does not verify e-mails).
 */
type Caller = "anonymous" | "customer" | "partner" | "claimant"

/** Ids and handles the scanned paths are filled with. */
type Ids = {
  regionId: string
  productId: string
  productHandle: string
  variantId: string
  optionId: string
  categoryId: string
  collectionId: string
  tagId: string
  typeId: string
  returnReasonId: string
  facility: string
  workshop: string
  batchCode: string
  guestCartId: string
  demoOrderId: string
  customerOrderId: string
  addressId: string
  quoteId: string
}

type ScanEntry = {
  /** Keys the allowlist. */
  name: string
  /** As the route's folder names it, ":param" for "[param]". */
  route: string
  caller: Caller
  url: (ids: Ids) => string
  /** Why the route answers 404 here; once it answers, it needs an allowlist entry. */
  disabled?: string
}

function scan(
  route: string,
  caller: Caller,
  url: (ids: Ids) => string,
  options: { label?: string; disabled?: string } = {},
): ScanEntry {
  const name = `${caller} GET ${route}${options.label ? ` (${options.label})` : ""}`
  return { name, route, caller, url, disabled: options.disabled }
}

const withQuery = (pathname: string, query: Record<string, string>) =>
  `${pathname}?${new URLSearchParams(query)}`

// As apps/storefront/src/lib/data/products.ts asks for a catalog card and a product page.
const CARD_FIELDS = [
  "*variants.calculated_price",
  "+variants.inventory_quantity",
  "*categories",
  "+workshop.handle",
  "+workshop.name",
  "+workshop.facility.handle",
  "+workshop.facility.name",
  "+product_quality.certificates",
].join(",")
const PAGE_FIELDS = [
  CARD_FIELDS,
  "*images",
  "+metadata",
  "+weight",
  "+material",
  "+length",
  "+width",
  "+height",
  "+workshop.craft_type",
  "+workshop.maker_count",
  "+workshop.facility.city",
  "+workshop.facility.province",
  "+workshop.facility.makers_share_bps",
  "+product_quality.standard_name",
  "+product_quality.standard_met",
  "+product_quality.last_inspection_at",
  "+product_quality.last_inspection_passed",
].join(",")
// What apps/storefront/src/lib/data/{cart,customer}.ts add to Medusa's defaults.
const CART_FIELDS =
  "+items.total,+shipping_methods.name,+shipping_methods.total,+payment_collection.payment_sessions.data"
const ORDER_FIELDS =
  "+customer_id,+payment_status,+fulfillment_status,+items.total,+items.thumbnail,+shipping_methods.name"

const priced = (ids: Ids, fields?: string) => ({
  ...(fields ? { fields } : {}),
  region_id: ids.regionId,
  country_code: "id",
})

/**
 * Every GET route under /store, ours first, then Medusa's. Routes that answer
 * for the caller are called for the caller's own cart, orders and addresses;
 * where the storefront asks for more than Medusa's default fields, with its
 * fields; lists in one page, so every row is scanned and no run sees other rows.
 */
const SCAN: ScanEntry[] = [
  scan("/store/catalog", "anonymous", () => "/store/catalog?limit=48"),
  scan("/store/search", "anonymous", () => "/store/search?q=kopi"),
  scan("/store/impact", "anonymous", () => "/store/impact"),
  scan("/store/shipping/provinces", "anonymous", () => "/store/shipping/provinces"),
  scan("/store/facilities", "anonymous", () => "/store/facilities"),
  scan(
    "/store/facilities/:handle",
    "anonymous",
    (ids) => `/store/facilities/${ids.facility}`,
  ),
  scan("/store/workshops", "anonymous", () => "/store/workshops"),
  scan(
    "/store/workshops/:handle",
    "anonymous",
    (ids) => `/store/workshops/${ids.workshop}`,
  ),
  scan(
    "/store/provenance/:code",
    "anonymous",
    (ids) => `/store/provenance/${ids.batchCode}`,
  ),
  scan(
    "/store/carts/:id/shipping-groups",
    "anonymous",
    (ids) => `/store/carts/${ids.guestCartId}/shipping-groups`,
  ),
  // A demo buyer's guest order: holding its id tells how to pay, and nothing personal.
  scan(
    "/store/orders/:id/bank-transfer",
    "anonymous",
    (ids) => `/store/orders/${ids.demoOrderId}/bank-transfer`,
  ),
  scan("/store/partner/me", "partner", () => "/store/partner/me"),
  scan("/store/partner/me", "claimant", () => "/store/partner/me"),
  scan("/store/partner/prices", "partner", () => "/store/partner/prices?limit=100"),
  scan("/store/partner/quotes", "partner", () => "/store/partner/quotes"),
  scan(
    "/store/partner/quotes/:id",
    "partner",
    (ids) => `/store/partner/quotes/${ids.quoteId}`,
  ),
  scan("/store/partner/invoices", "partner", () => "/store/partner/invoices"),

  scan("/store/products", "anonymous", (ids) =>
    withQuery("/store/products", priced(ids, CARD_FIELDS)),
  ),
  scan(
    "/store/products",
    "partner",
    (ids) => withQuery("/store/products", priced(ids, CARD_FIELDS)),
    { label: "partner prices" },
  ),
  scan(
    "/store/products",
    "anonymous",
    (ids) =>
      withQuery("/store/products", {
        ...priced(ids, PAGE_FIELDS),
        handle: ids.productHandle,
      }),
    { label: "by handle" },
  ),
  scan("/store/products/:id", "anonymous", (ids) =>
    withQuery(`/store/products/${ids.productId}`, priced(ids, PAGE_FIELDS)),
  ),
  scan("/store/product-variants", "anonymous", (ids) =>
    withQuery("/store/product-variants", { ...priced(ids), limit: "100" }),
  ),
  scan("/store/product-variants/:id", "anonymous", (ids) =>
    withQuery(`/store/product-variants/${ids.variantId}`, priced(ids)),
  ),
  scan("/store/product-options", "anonymous", () => "/store/product-options"),
  scan(
    "/store/product-options/:id",
    "anonymous",
    (ids) => `/store/product-options/${ids.optionId}`,
  ),
  scan("/store/product-categories", "anonymous", () => "/store/product-categories"),
  scan(
    "/store/product-categories/:id",
    "anonymous",
    (ids) => `/store/product-categories/${ids.categoryId}`,
  ),
  scan("/store/collections", "anonymous", () => "/store/collections"),
  scan(
    "/store/collections/:id",
    "anonymous",
    (ids) => `/store/collections/${ids.collectionId}`,
  ),
  scan("/store/product-tags", "anonymous", () => "/store/product-tags?limit=100"),
  scan(
    "/store/product-tags/:id",
    "anonymous",
    (ids) => `/store/product-tags/${ids.tagId}`,
  ),
  scan("/store/product-types", "anonymous", () => "/store/product-types"),
  scan(
    "/store/product-types/:id",
    "anonymous",
    (ids) => `/store/product-types/${ids.typeId}`,
  ),
  scan("/store/regions", "anonymous", () => "/store/regions"),
  scan("/store/regions/:id", "anonymous", (ids) => `/store/regions/${ids.regionId}`),
  scan("/store/currencies", "anonymous", () => "/store/currencies?limit=200"),
  scan("/store/currencies/:code", "anonymous", () => "/store/currencies/idr"),
  scan("/store/locales", "anonymous", () => "/store/locales"),
  scan(
    "/store/payment-providers",
    "anonymous",
    (ids) => `/store/payment-providers?region_id=${ids.regionId}`,
  ),
  scan("/store/return-reasons", "anonymous", () => "/store/return-reasons"),
  scan(
    "/store/return-reasons/:id",
    "anonymous",
    (ids) => `/store/return-reasons/${ids.returnReasonId}`,
  ),
  scan(
    "/store/shipping-options",
    "anonymous",
    (ids) => `/store/shipping-options?cart_id=${ids.guestCartId}`,
  ),
  scan("/store/carts/:id", "anonymous", (ids) =>
    withQuery(`/store/carts/${ids.guestCartId}`, { fields: CART_FIELDS }),
  ),
  scan("/store/customers/me", "customer", () => "/store/customers/me"),
  scan(
    "/store/customers/me/addresses",
    "customer",
    () => "/store/customers/me/addresses",
  ),
  scan(
    "/store/customers/me/addresses/:address_id",
    "customer",
    (ids) => `/store/customers/me/addresses/${ids.addressId}`,
  ),
  scan("/store/orders", "customer", () => "/store/orders"),
  scan("/store/orders/:id", "customer", (ids) =>
    withQuery(`/store/orders/${ids.customerOrderId}`, { fields: ORDER_FIELDS }),
  ),
]

/** Allowed key paths per scan entry, grouped by the object they are keys of ("" the body). */
const ALLOWLIST: Record<string, Record<string, string[]>> = JSON.parse(
  readFileSync(path.join(__dirname, "privacy-store-allowlist.json"), "utf8"),
)

const allowedPaths = (grouped: Record<string, string[]>) =>
  Object.entries(grouped).flatMap(([parent, keys]) =>
    keys.map((key) => (parent ? `${parent}.${key}` : key)),
  )

/** The last key of each path: "products[].workshop.name" -> "name". */
const keyOf = (keyPath: string) => keyPath.split(".").pop()!

/** People whose data the scan looks for, each with what is theirs alone. */
const GUEST = {
  email: "tamu.pemindai@contoh.karya.local",
  phone: "+628123400001",
  address_1: "Jalan Tamu Pemindai No. 7",
}
const CUSTOMER = {
  email: "pelanggan.pemindai@contoh.karya.local",
  phone: "+628123400002",
  address_1: "Jalan Pelanggan Pemindai No. 8",
}
const PARTNER = {
  email: demoPartnerBuyer().email,
  phone: DEMO_PARTNER_SHOP.phone,
  address_1: DEMO_PARTNER_SHOP.address_1,
}
const PASSWORD = "rahasia-pemindai-2026"

// Written by the seed: src/scripts/seed-sales.ts and seed-wholesale.ts.
const DEMO_BUYERS = [...DEMO_ORDERS.map((order) => order.email), "+628000000000"]
const DEMO_PARTNER_SECRETS = [
  PARTNER.email,
  DEMO_PARTNER_SHOP.npwp,
  DEMO_PARTNER_SHOP.phone,
  DEMO_PARTNER_SHOP.address_1,
  // The buyer's own phone, from their customer account.
  "081234567890",
]
const APPLICANT_SECRETS = [
  DEMO_PENDING_APPLICATION.npwp,
  DEMO_PENDING_APPLICATION.phone,
  DEMO_PENDING_APPLICATION.address_1,
  DEMO_PENDING_APPLICATION.contact_name,
  DEMO_PENDING_APPLICATION.notes,
]
const SECRETS_OF = {
  guest: Object.values(GUEST),
  customer: Object.values(CUSTOMER),
  partner: DEMO_PARTNER_SECRETS,
  demoBuyers: DEMO_BUYERS,
  applicant: APPLICANT_SECRETS,
}
/** Whose data each caller is. */
const SELF: Record<Caller, keyof typeof SECRETS_OF | null> = {
  anonymous: "guest",
  customer: "customer",
  partner: "partner",
  claimant: null,
}

const addressOf = (person: { phone: string; address_1: string }) => ({
  first_name: "Pemindai",
  last_name: "Privasi",
  address_1: person.address_1,
  city: "Kota Malang",
  province: "Jawa Timur",
  postal_code: "65112",
  country_code: "id",
  phone: person.phone,
})

/** Every route file under `root` (an api/store folder) that serves GET, as its route. */
function getRoutes(root: string, file: string, serves: RegExp) {
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((name) => path.basename(name) === file)
    .filter((name) => serves.test(readFileSync(path.join(root, name), "utf8")))
    .map((name) => {
      const folder = path.dirname(name).split(path.sep).join("/")
      return `/store/${folder}`.replace(/\[([^\]]+)\]/g, ":$1")
    })
    .sort()
}

const scannedRoutes = new Set(SCAN.map((entry) => entry.route))

it("9. scans every GET route of ours under src/api/store", () => {
  const ours = getRoutes(
    path.join(__dirname, "../../src/api/store"),
    "route.ts",
    /export\s+(async\s+function|const)\s+GET\b/,
  )
  expect(ours).toContain("/store/partner/me")
  expect(ours.filter((route) => !scannedRoutes.has(route))).toEqual([])
})

it("9. scans every store GET route Medusa serves", () => {
  const medusa = path.dirname(createRequire(__filename).resolve("@medusajs/medusa"))
  const routes = getRoutes(
    path.join(medusa, "api/store"),
    "route.js",
    /exports\.GET\s*=\s*GET/,
  )
  expect(routes).toContain("/store/products/:id")
  expect(routes.filter((route) => !scannedRoutes.has(route))).toEqual([])
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const callers = {} as Record<Caller, Headers>
    const ids = {} as Ids
    let admin: Headers
    let staffIds: string[]
    let answers: { entry: ScanEntry; status: number; data: Json; body: string }[]

    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

    /** The lowest value of `field` among the matches, so every run scans the same rows. */
    async function firstOf(entity: string, field: string, filters = {}) {
      const { data } = await query().graph({
        entity,
        fields: [field],
        filters,
        pagination: { order: { [field]: "ASC" }, take: 1 },
      })
      return data[0][field] as string
    }

    const bearer = (token: string): Headers => ({
      headers: { ...callers.anonymous.headers, authorization: `Bearer ${token}` },
    })

    async function logIn(email: string, password = PASSWORD): Promise<Headers> {
      const { data } = await api.post("/auth/customer/emailpass", { email, password })
      return bearer(data.token)
    }

    async function register(email: string, phone?: string): Promise<Headers> {
      const { data } = await api.post("/auth/customer/emailpass/register", {
        email,
        password: PASSWORD,
      })
      await api.post(
        "/store/customers",
        { email, first_name: "Pemindai", last_name: "Privasi", phone },
        bearer(data.token),
      )
      return logIn(email)
    }

    /** A cart with a line, the person's address, shipping for each shipment and a payment session. */
    async function readyCart(
      headers: Headers,
      person: typeof GUEST,
      provider?: string,
    ): Promise<string> {
      const { data } = await api.post(
        "/store/carts",
        {
          region_id: ids.regionId,
          email: person.email,
          items: [{ variant_id: ids.variantId, quantity: 1 }],
          shipping_address: addressOf(person),
          billing_address: addressOf(person),
        },
        headers,
      )
      const cartId = data.cart.id
      await chooseShipping(api, headers, cartId, "pickup")
      if (!provider) {
        await payByBankTransfer(api, headers, cartId)
        return cartId
      }
      const { data: collection } = await api.post(
        "/store/payment-collections",
        { cart_id: cartId },
        headers,
      )
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: provider },
        headers,
      )
      return cartId
    }

    async function complete(headers: Headers, cartId: string): Promise<string> {
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
      return data.order.id
    }

    /** What the seed has none of, made as staff make it, so its routes answer something. */
    async function catalogExtras() {
      const { data: collection } = await api.post(
        "/admin/collections",
        { title: "Pilihan Kurator", handle: "pilihan-kurator" },
        admin,
      )
      await api.post(
        `/admin/collections/${collection.collection.id}/products`,
        { add: [ids.productId] },
        admin,
      )
      const { data: type } = await api.post(
        "/admin/product-types",
        { value: "Camilan" },
        admin,
      )
      await api.post(
        `/admin/products/${ids.productId}`,
        { type_id: type.product_type.id },
        admin,
      )
      const { data: reason } = await api.post(
        "/admin/return-reasons",
        { value: "rusak", label: "Barang rusak saat diterima" },
        admin,
      )
      ids.collectionId = collection.collection.id
      ids.typeId = type.product_type.id
      ids.returnReasonId = reason.return_reason.id
    }

    /** A quote staff answered with a message, and an order paid by invoice. */
    async function partnerDocuments() {
      const { data: requested } = await api.post(
        "/store/partner/quotes",
        { items: [{ variant_id: ids.variantId, quantity: 100, note: "Kemasan khusus" }] },
        callers.partner,
      )
      ids.quoteId = requested.quote.id
      const { data: detail } = await api.get(`/admin/quotes/${ids.quoteId}`, admin)
      await api.post(
        `/admin/quotes/${ids.quoteId}/reply`,
        {
          items: [{ id: detail.quote.items[0].id, unit_price: 50000 }],
          lead_time_days: 14,
          message: "Bisa, dengan kemasan khusus.",
        },
        admin,
      )
      await api.post(
        `/store/partner/quotes/${ids.quoteId}/messages`,
        { body: "Terima kasih." },
        callers.partner,
      )
      const cartId = await readyCart(
        callers.partner,
        PARTNER,
        INVOICE_PAYMENT_PROVIDER_ID,
      )
      const orderId = await complete(callers.partner, cartId)
      await eventually(async () => {
        const { data } = await api.get(
          `/store/partner/invoices?order_id=${orderId}`,
          callers.partner,
        )
        return data.invoices[0]
      })
    }

    beforeAll(async () => {
      const container = getContainer()
      const { publishableKey } = await seedDemoData(container)
      await migrateAndSeedSearch(container)
      callers.anonymous = { headers: { "x-publishable-api-key": publishableKey } }
      admin = await adminHeaders(api)
      callers.partner = await logIn(PARTNER.email, demoPartnerBuyer().password)
      callers.customer = await register(CUSTOMER.email, CUSTOMER.phone)
      callers.claimant = await register(DEMO_PENDING_APPLICATION.email)

      // A food product for the product page and its relatives (label facts,
      // certificates); coasters for carts and orders, since partners may buy
      // them by the piece.
      const food = PRODUCTS.find((product) => product.handle === "keripik-apel")!
      const productId = await firstOf("product", "id", { handle: food.handle })
      // Its one option: options belong to products through a link, not a column.
      const { data: options } = await query().graph({
        entity: "product",
        fields: ["options.id"],
        filters: { id: productId },
      })
      Object.assign(ids, {
        regionId: await firstOf("region", "id"),
        productHandle: food.handle,
        productId,
        variantId: await firstOf("product_variant", "id", { sku: "TTK-JTI-6" }),
        optionId: options[0].options[0].id,
        categoryId: await firstOf("product_category", "id", { handle: food.category }),
        tagId: await firstOf("product_tag", "id", { value: food.tags[0] }),
        facility: food.facility,
        workshop: workshopOf(food).handle,
        batchCode: await firstOf("production_batch", "code", { product_id: productId }),
        demoOrderId: await firstOf("order", "id", { email: DEMO_ORDERS[0].email }),
      })
      await catalogExtras()

      ids.guestCartId = await readyCart(callers.anonymous, GUEST)
      const { data: address } = await api.post(
        "/store/customers/me/addresses",
        addressOf(CUSTOMER),
        callers.customer,
      )
      ids.addressId = address.customer.addresses[0].id
      const customerCart = await readyCart(callers.customer, CUSTOMER)
      ids.customerOrderId = await complete(callers.customer, customerCart)
      await partnerDocuments()

      const { data: users } = await query().graph({ entity: "user", fields: ["id"] })
      staffIds = users.map((user) => user.id as string)

      answers = await Promise.all(
        SCAN.map(async (entry) => {
          const response = await api
            .get(entry.url(ids), callers[entry.caller])
            .catch(
              (error: { response: { status: number; data: Json } }) => error.response,
            )
          const { status, data } = response
          return { entry, status, data, body: JSON.stringify(data) }
        }),
      )
    })

    const served = () => answers.filter((answer) => !answer.entry.disabled)

    it("9. answers every store route with allowlisted fields only", () => {
      expect(
        answers
          .filter((answer) => answer.status !== (answer.entry.disabled ? 404 : 200))
          .map((answer) => `${answer.entry.name}: ${answer.status} ${answer.body}`),
      ).toEqual([])
      const mismatches = served().flatMap(({ entry, data }) => {
        const seen = keyPaths(data)
        const permitted = new Set(allowedPaths(ALLOWLIST[entry.name] ?? {}))
        const unexpected = [...seen].filter((keyPath) => !permitted.has(keyPath))
        // Allowed paths no longer answered would let a field return unnoticed.
        const stale = [...permitted].filter((keyPath) => !seen.has(keyPath))
        return unexpected.length || stale.length
          ? [{ route: entry.name, unexpected, stale }]
          : []
      })
      expect(mismatches).toEqual([])
      expect(Object.keys(ALLOWLIST).sort()).toEqual(
        served()
          .map((answer) => answer.entry.name)
          .sort(),
      )
    })

    it("9. never names an inmate, a maker or a person's body in any store response", () => {
      expect(
        served().flatMap(({ entry, data }) =>
          [...keyPaths(data)]
            .filter((keyPath) => deniedKey(keyOf(keyPath)))
            .map((keyPath) => `${entry.name}: ${keyPath}`),
        ),
      ).toEqual([])
      expect(
        ["maker_name", "inmates", "nama_warga", "birth_date", "faces"].filter(deniedKey),
      ).toHaveLength(5)
      expect(["facets", "maker_count", "nickname", "prices"].filter(deniedKey)).toEqual(
        [],
      )
    })

    it("9. never shows a staff member's e-mail or id in a store response", () => {
      const staff = [demoAdmin().email, ...staffIds]
      expect(staffIds.length).toBeGreaterThan(0)
      expect(
        answers.flatMap(({ entry, body }) =>
          staff
            .filter((secret) => body.includes(secret))
            .map((secret) => `${entry.name}: ${secret}`),
        ),
      ).toEqual([])
    })

    it("9. shows nobody's e-mail, phone or address to anyone else", () => {
      // Each caller's own data is where it belongs, so its absence elsewhere means something.
      const own = (name: string) =>
        answers.find((answer) => answer.entry.name === name)!.body
      expect(own("anonymous GET /store/carts/:id")).toContain(GUEST.phone)
      expect(own("customer GET /store/customers/me")).toContain(CUSTOMER.address_1)
      expect(own("partner GET /store/partner/me")).toContain(DEMO_PARTNER_SHOP.npwp)

      const leaks = answers.flatMap(({ entry, body }) =>
        Object.entries(SECRETS_OF)
          .filter(([person]) => person !== SELF[entry.caller])
          .flatMap(([person, secrets]) =>
            secrets
              .filter((secret) => body.includes(secret))
              .map((secret) => `${entry.name}: ${person}'s ${secret}`),
          ),
      )
      expect(leaks).toEqual([])
    })
  },
})

import { Client } from "pg"
import { PUBLISHABLE_KEY_TITLE } from "../../src/scripts/seed-data"
import type { BenchServer } from "./server"
import { hammer, loop, type LoadFigures } from "./load"

/** Our backend, and stock Medusa on the same data. */
export const FLAVOURS = ["ours", "stock"] as const
export type Flavour = (typeof FLAVOURS)[number]

/** What the scenarios need from a catalog, read from its database. */
export type Fixtures = {
  publishable_key: string
  region_id: string
  category: { id: string; handle: string }
  facility_handle: string
  handles: string[]
  batch_codes: string[]
  /** What carts buy, one product each, taken in turn so carts spread over the catalog. */
  cart_items: { variant_id: string; pickup_option_id: string }[]
}

// What the storefront sends (apps/storefront/src/lib/data/products.ts) ...
const CARD_FIELDS = [
  "*variants.calculated_price",
  "+variants.inventory_quantity",
  "*categories",
  "+workshop.handle",
  "+workshop.name",
  "+workshop.facility.handle",
  "+workshop.facility.name",
  "+product_quality.certificates",
]
const PAGE_FIELDS = [
  ...CARD_FIELDS,
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
]
// ... and the same without our modules' fields, which stock Medusa does not know.
const stockFields = (fields: string[]) =>
  fields.filter((field) => !/^\+(workshop|product_quality)\./.test(field))

const FIELDS: Record<Flavour, { card: string; page: string }> = {
  ours: { card: CARD_FIELDS.join(","), page: PAGE_FIELDS.join(",") },
  stock: {
    card: stockFields(CARD_FIELDS).join(","),
    page: stockFields(PAGE_FIELDS).join(","),
  },
}

const SEARCH_WORDS = ["keripik", "kursi", "tas rajut", "batik", "kopi", "meja jati"]

export const ADDRESS = {
  first_name: "Pembeli",
  last_name: "Bench",
  address_1: "Jalan Uji No. 2",
  city: "Kota Malang",
  province: "Jawa Timur",
  postal_code: "65111",
  country_code: "id",
  phone: "+628000000001",
}

const PAYMENT_PROVIDER: Record<Flavour, string> = {
  ours: "pp_transfer_bank",
  stock: "pp_system_default",
}

export async function readFixtures(databaseUrl: string, size: number): Promise<Fixtures> {
  const pg = new Client({ connectionString: databaseUrl })
  await pg.connect()
  const one = async (sql: string, params: unknown[] = []) =>
    (await pg.query(sql, params)).rows[0]
  try {
    const key = await one("select token from api_key where title = $1", [
      PUBLISHABLE_KEY_TITLE,
    ])
    const region = await one(
      "select id from region where currency_code = 'idr' and deleted_at is null limit 1",
    )
    const category = await one(
      "select id, handle from product_category where handle = 'kerajinan-tangan'",
    )
    // A facility with a workshop of that category, so the filtered list is not empty.
    const facility = await one(
      `
      select f.handle from facility f join workshop w on w.facility_id = f.id
      join product_product_provenance_workshop l on l.workshop_id = w.id
      join product_category_product pcp on pcp.product_id = l.product_id
      where pcp.product_category_id = $1 order by f.handle limit 1`,
      [category.id],
    )
    const codes = await pg.query(
      "select code from production_batch where status = 'active' and deleted_at is null order by md5(code) limit 200",
    )
    // Published crafts carts buy, each shipped by its facility's pickup option:
    // up to 200 products spread over the catalog (md5 order), one variant each.
    const cartItems = await pg.query(
      `
      select distinct on (p.id) pv.id as variant_id, so.id as pickup_option_id,
        md5(p.id) as spread
      from product p
      join product_variant pv on pv.product_id = p.id and pv.deleted_at is null
      join product_category_product pcp on pcp.product_id = p.id
      join product_shipping_profile psp on psp.product_id = p.id and psp.deleted_at is null
      join shipping_option so on so.shipping_profile_id = psp.shipping_profile_id
        and so.deleted_at is null
      join shipping_option_type sot on sot.id = so.shipping_option_type_id
        and sot.code = 'ambil-di-fasilitas'
      where p.status = 'published' and p.deleted_at is null
        and pcp.product_category_id = $1
      order by p.id, pv.id, so.id`,
      [category.id],
    )
    const cart_items = cartItems.rows
      .sort((a, b) => a.spread.localeCompare(b.spread))
      .slice(0, 200)
      .map(({ variant_id, pickup_option_id }) => ({ variant_id, pickup_option_id }))
    const generated =
      size -
      Number(
        (await one("select count(*) from product where handle not like 'bench-%'")).count,
      )
    // Every 7th generated product, spread over the whole catalog.
    const step = Math.max(1, Math.floor(generated / 200))
    const handles = Array.from(
      { length: Math.min(200, generated) },
      (_, i) => `bench-${1 + ((i * step * 7) % generated)}`,
    )
    return {
      publishable_key: key.token,
      region_id: region.id,
      category,
      facility_handle: facility.handle,
      handles,
      batch_codes: codes.rows.map((row) => row.code),
      cart_items,
    }
  } finally {
    await pg.end()
  }
}

export type Scenario = {
  name: string
  /** Per flavour what is requested, for the report; absent: not measured there. */
  endpoint: Partial<Record<Flavour, string>>
  /** A warm-up run's figures are thrown away. */
  run: (connections: number, seconds: number, warmUp: boolean) => Promise<LoadFigures>
}

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** The scenarios one server runs, in order. */
export function scenarios(
  flavour: Flavour,
  server: BenchServer,
  fixtures: Fixtures,
  cartsPerLevel: number,
): Scenario[] {
  const headers = {
    "x-publishable-api-key": fixtures.publishable_key,
    "content-type": "application/json",
  }
  const priced = `region_id=${fixtures.region_id}&country_code=id`
  const get = (
    name: string,
    endpoint: Record<Flavour, string | undefined>,
    paths?: string[],
  ) => {
    const turn = { next: 0 }
    return endpoint[flavour] === undefined
      ? []
      : [
          {
            name,
            endpoint,
            run: (connections: number, seconds: number) =>
              hammer({
                url: server.url,
                headers,
                paths: paths ?? [endpoint[flavour]!],
                turn,
                connections,
                seconds,
              }),
          },
        ]
  }
  const post = async (path: string, body: unknown): Promise<Json> => {
    const response = await fetch(`${server.url}${path}`, {
      method: "POST",
      headers,
      body: JSON.stringify(body),
    })
    const data = (await response.json()) as Json
    if (!response.ok) {
      throw new Error(`POST ${path}: ${response.status} ${JSON.stringify(data)}`)
    }
    return data
  }
  let turn = 0
  const nextItem = () => fixtures.cart_items[turn++ % fixtures.cart_items.length]
  const readyCart = async () => {
    const { variant_id, pickup_option_id } = nextItem()
    const { cart } = await post("/store/carts", {
      region_id: fixtures.region_id,
      email: "bench@karya.local",
      shipping_address: ADDRESS,
      billing_address: ADDRESS,
      items: [{ variant_id, quantity: 1 }],
    })
    await post(`/store/carts/${cart.id}/shipping-methods`, {
      option_id: pickup_option_id,
    })
    const { payment_collection } = await post("/store/payment-collections", {
      cart_id: cart.id,
    })
    await post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      provider_id: PAYMENT_PROVIDER[flavour],
    })
    return cart.id as string
  }

  const card = FIELDS[flavour].card
  const page = FIELDS[flavour].page
  const catalogPage = `/store/catalog?category=${fixtures.category.handle}&facility=${fixtures.facility_handle}&limit=12`
  const list = (query: string) => `/store/products?${query}&limit=12&order=-id&${priced}`
  return [
    ...get(
      "product list, first pages",
      { ours: list(`fields=${card}`), stock: list(`fields=${card}`) },
      Array.from({ length: 10 }, (_, i) => `${list(`fields=${card}`)}&offset=${i * 12}`),
    ),
    ...get("list by category (ours: and facility)", {
      ours: catalogPage,
      stock: list(`category_id=${fixtures.category.id}&fields=${card}`),
    }),
    // Ours keeps catalog answers until the catalog changes; a different price ceiling
    // per request (all far above any price) makes every answer a new one.
    ...get(
      "list by category and facility, never kept before",
      { ours: `${catalogPage}&max_price=<10^9 + n>`, stock: undefined },
      Array.from({ length: 20_000 }, (_, n) => `${catalogPage}&max_price=${1e9 + n}`),
    ),
    ...get(
      "product page by handle",
      {
        ours: `/store/products?handle=<handle>&fields=${page}&${priced}`,
        stock: `/store/products?handle=<handle>&fields=${page}&${priced}`,
      },
      fixtures.handles.map(
        (handle) => `/store/products?handle=${handle}&fields=${page}&${priced}&limit=1`,
      ),
    ),
    ...get(
      "batch provenance",
      { ours: "/store/provenance/<code>", stock: undefined },
      fixtures.batch_codes.map((code) => `/store/provenance/${code}`),
    ),
    ...get(
      "search",
      {
        ours: "/store/search?q=<word>",
        stock: `/store/products?q=<word>&limit=12&fields=${card}&${priced}`,
      },
      SEARCH_WORDS.map((word) =>
        flavour === "ours"
          ? `/store/search?q=${encodeURIComponent(word)}`
          : `/store/products?q=${encodeURIComponent(word)}&limit=12&fields=${card}&${priced}`,
      ),
    ),
    // Ours keeps search answers until the index is written; a different price ceiling
    // per request (all far above any price) makes every answer a new one.
    ...get(
      "search, never kept before",
      { ours: "/store/search?q=<word>&max_price=<10^9 + n>", stock: undefined },
      Array.from(
        { length: 20_000 },
        (_, n) =>
          `/store/search?q=${encodeURIComponent(SEARCH_WORDS[n % SEARCH_WORDS.length])}&max_price=${1e9 + n}`,
      ),
    ),
    {
      name: "create cart + add item",
      endpoint: {
        ours: "POST /store/carts, POST /store/carts/:id/line-items",
        stock: "POST /store/carts, POST /store/carts/:id/line-items",
      },
      run: (connections, seconds) =>
        loop({
          connections,
          seconds,
          iteration: async () => {
            const { cart } = await post("/store/carts", { region_id: fixtures.region_id })
            const { variant_id } = nextItem()
            await post(`/store/carts/${cart.id}/line-items`, { variant_id, quantity: 1 })
            return true
          },
        }),
    },
    {
      name: "add item to an existing cart",
      endpoint: {
        ours: "POST /store/carts/:id/line-items",
        stock: "POST /store/carts/:id/line-items",
      },
      run: (connections, seconds) =>
        loop({
          connections,
          seconds,
          // The cart is made untimed: only adding the line is measured.
          prepare: async () =>
            (await post("/store/carts", { region_id: fixtures.region_id })).cart.id,
          iteration: async (cartId: string) => {
            const { variant_id } = nextItem()
            await post(`/store/carts/${cartId}/line-items`, { variant_id, quantity: 1 })
            return true
          },
        }),
    },
    {
      name: "complete cart (bank transfer / system payment)",
      endpoint: {
        ours: `POST /store/carts/:id/complete (${PAYMENT_PROVIDER.ours})`,
        stock: `POST /store/carts/:id/complete (${PAYMENT_PROVIDER.stock})`,
      },
      run: async (connections, seconds, warmUp) => {
        // Ready beforehand, ten at a time; each is completed once.
        const carts: string[] = []
        let wanted = warmUp ? connections : cartsPerLevel
        await Promise.all(
          Array.from({ length: 10 }, async () => {
            while (wanted-- > 0) {
              carts.push(await readyCart())
            }
          }),
        )
        return loop({
          connections,
          seconds,
          iteration: async () => {
            const id = carts.pop()
            if (!id) {
              return false
            }
            const result = await post(`/store/carts/${id}/complete`, {})
            return result.type === "order" ? true : "error"
          },
        })
      },
    },
    ...get("floor: GET /health", { ours: "/health", stock: "/health" }),
    ...get("floor: select 1 over the PostgreSQL connection", {
      ours: undefined,
      stock: "/bench/pg",
    }),
  ]
}

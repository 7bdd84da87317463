/**
 * The demo marketplace: region Indonesia (IDR, PPN), one sales channel, three
 * facilities as stock locations, the three categories, 30+ products with
 * generated images and stock, a publishable key, a staff admin user and the
 * wholesale channel with one partner shop.
 *
 * Idempotent: every record is looked up by its natural key (name, handle,
 * email) and created only when missing, so a second run changes nothing and a
 * run interrupted half-way is completed by the next one.
 */
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createProductTagsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  deleteShippingOptionsWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createUserAccountWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  BANK_TRANSFER_PROVIDER_ID,
  MANUAL_FULFILLMENT_PROVIDER_ID,
  RATE_TABLE_FULFILLMENT_PROVIDER_ID,
  SHIPPING_OPTION_CODES,
  STRIPE_PROVIDER_ID,
  type ShippingProfileKind,
} from "../lib/checkout-ids"
import { PROVENANCE_MODULE } from "../modules/provenance"
import { SHIPPING_RATES_MODULE } from "../modules/shipping-rates"
import { defaultRateTable } from "../modules/shipping-rates/default-rates"
import { DEFAULT_POLICY } from "../modules/shipping-rates/quote"
import type ShippingRatesModuleService from "../modules/shipping-rates/service"
import { createFacilitiesWorkflow } from "../workflows/provenance/workflows/create-facilities"
import { createWorkshopsWorkflow } from "../workflows/provenance/workflows/create-workshops"
import { ensureQuality, PENDING_PUBLISH } from "./seed-quality"
import { ensureDemoOrders, ensureProductionBatches } from "./seed-sales"
import { ensureTranslations } from "./seed-translations"
import { ensureWholesale } from "./seed-wholesale"
import { INVOICE_PAYMENT_PROVIDER_ID } from "../modules/invoice-payment"
import {
  CATEGORIES,
  FACILITIES,
  PRODUCTS,
  productPhotoJpeg,
  demoAdmin,
  DEMO_SEED_VERSION,
  ENGLISH_LOCALE,
  PUBLISHABLE_KEY_TITLE,
  WORKSHOPS,
  workshopOf,
  type FacilitySeed,
  type ProductSeed,
} from "./seed-data"
import { rebuildProductSearch } from "./reindex-search"

const STORE_NAME = "Karya Warga Binaan"
const SALES_CHANNEL_NAME = "Toko Online"
const REGION_NAME = "Indonesia"
const CURRENCY = "idr"
const COUNTRY = "id"
// The storefront's languages, listed by GET /store/locales and offered by the
// dashboard's translation pages.
const STORE_LOCALES = ["id-ID", ENGLISH_LOCALE]
/** PPN 12% on a base of 11/12 of the price: 11% of the price. */
const PPN_EFFECTIVE_RATE = 11

type Query = {
  graph: (config: {
    entity: string
    fields: string[]
    filters?: Record<string, unknown>
  }) => Promise<{ data: Record<string, unknown>[] }>
}

type SeedContext = {
  container: MedusaContainer
  query: Query
  log: (message: string) => void
}

async function findOne<T>(
  ctx: SeedContext,
  entity: string,
  filters: Record<string, unknown>,
  fields: string[] = ["id"],
): Promise<T | undefined> {
  const { data } = await ctx.query.graph({ entity, fields, filters })
  return data[0] as T | undefined
}

async function ensureSalesChannel(ctx: SeedContext): Promise<string> {
  const existing = await findOne<{ id: string }>(ctx, "sales_channel", {
    name: SALES_CHANNEL_NAME,
  })
  if (existing) {
    return existing.id
  }
  const { result } = await createSalesChannelsWorkflow(ctx.container).run({
    input: {
      salesChannelsData: [
        {
          name: SALES_CHANNEL_NAME,
          description: "Penjualan daring untuk pembeli umum",
        },
      ],
    },
  })
  ctx.log(`Created sales channel ${SALES_CHANNEL_NAME}`)
  return result[0].id
}

/**
 * Bank transfer and partner invoices always; Stripe too when medusa-config
 * registered it. (Only partner buyers may use invoices: see invoice-payment-gate.)
 */
async function paymentProviders(ctx: SeedContext): Promise<string[]> {
  const wanted = [
    BANK_TRANSFER_PROVIDER_ID,
    INVOICE_PAYMENT_PROVIDER_ID,
    STRIPE_PROVIDER_ID,
  ]
  const payments = ctx.container.resolve(Modules.PAYMENT)
  const registered = await payments.listPaymentProviders({ id: wanted })
  const ids = new Set(registered.map((provider) => provider.id))
  return wanted.filter((id) => ids.has(id))
}

async function ensureRegion(ctx: SeedContext): Promise<string> {
  const providers = await paymentProviders(ctx)
  const existing = await findOne<{ id: string; payment_providers: { id: string }[] }>(
    ctx,
    "region",
    { name: REGION_NAME },
    ["id", "payment_providers.id"],
  )
  if (existing) {
    const current = existing.payment_providers.map((provider) => provider.id).sort()
    if (current.join() !== [...providers].sort().join()) {
      await updateRegionsWorkflow(ctx.container).run({
        input: {
          selector: { id: existing.id },
          update: { payment_providers: providers },
        },
      })
      ctx.log(`Region ${REGION_NAME} now pays with ${providers.join(", ")}`)
    }
    return existing.id
  }
  const { result } = await createRegionsWorkflow(ctx.container).run({
    input: {
      regions: [
        {
          name: REGION_NAME,
          currency_code: CURRENCY,
          countries: [COUNTRY],
          payment_providers: providers,
          automatic_taxes: true,
          is_tax_inclusive: true,
        },
      ],
    },
  })
  ctx.log(`Created region ${REGION_NAME} (IDR, prices include PPN)`)
  return result[0].id
}

async function ensureTaxRegion(ctx: SeedContext): Promise<void> {
  const existing = await findOne(ctx, "tax_region", {
    country_code: COUNTRY,
    parent_id: null,
  })
  if (existing) {
    return
  }
  await createTaxRegionsWorkflow(ctx.container).run({
    input: [
      {
        country_code: COUNTRY,
        provider_id: "tp_system",
        default_tax_rate: {
          name: "PPN 12% x DPP 11/12",
          code: "PPN",
          rate: PPN_EFFECTIVE_RATE,
        },
      },
    ],
  })
  ctx.log(`Created tax region ID with PPN ${PPN_EFFECTIVE_RATE}%`)
}

async function ensureStore(
  ctx: SeedContext,
  salesChannelId: string,
  regionId: string,
  defaultLocationId: string,
): Promise<void> {
  const store = await findOne<{
    id: string
    name: string
    default_sales_channel_id: string | null
    default_region_id: string | null
    default_location_id: string | null
    supported_currencies: { currency_code: string }[]
    supported_locales: { locale_code: string }[]
  }>(ctx, "store", {}, [
    "id",
    "name",
    "default_sales_channel_id",
    "default_region_id",
    "default_location_id",
    "supported_currencies.*",
    "supported_locales.*",
  ])
  if (!store) {
    throw new Error("Medusa has no store record; run the migrations first.")
  }
  const upToDate =
    store.name === STORE_NAME &&
    store.default_sales_channel_id === salesChannelId &&
    store.default_region_id === regionId &&
    store.default_location_id === defaultLocationId &&
    // Tax inclusiveness lives in a price preference, set together with the currency.
    store.supported_currencies.map((c) => c.currency_code).join() === CURRENCY &&
    store.supported_locales
      .map((l) => l.locale_code)
      .sort()
      .join() === [...STORE_LOCALES].sort().join()
  if (upToDate) {
    return
  }
  await updateStoresWorkflow(ctx.container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: STORE_NAME,
        supported_currencies: [
          { currency_code: CURRENCY, is_default: true, is_tax_inclusive: true },
        ],
        supported_locales: STORE_LOCALES.map((locale_code) => ({ locale_code })),
        default_sales_channel_id: salesChannelId,
        default_region_id: regionId,
        default_location_id: defaultLocationId,
      },
    },
  })
  ctx.log(`Configured store ${STORE_NAME}`)
}

type FacilityProfiles = Record<ShippingProfileKind, string>

/**
 * Two shipping profiles per facility, parcels and heavy goods: a cart with
 * goods from two facilities, or a chair and a jar of sambal, then needs one
 * shipping method per shipment, which is how Medusa splits the order.
 */
async function ensureShippingProfiles(
  ctx: SeedContext,
  facility: FacilitySeed,
): Promise<FacilityProfiles> {
  const names: FacilityProfiles = {
    parcel: `Paket ${facility.name}`,
    heavy: `Barang besar ${facility.name}`,
  }
  const ids = {} as FacilityProfiles
  for (const kind of ["parcel", "heavy"] as const) {
    const existing = await findOne<{ id: string }>(ctx, "shipping_profile", {
      name: names[kind],
    })
    if (existing) {
      ids[kind] = existing.id
      continue
    }
    const { result } = await createShippingProfilesWorkflow(ctx.container).run({
      input: { data: [{ name: names[kind], type: kind }] },
    })
    ids[kind] = result[0].id
  }
  return ids
}

/** The starting rate table and policy, when staff have none yet. */
async function ensureShippingRates(ctx: SeedContext): Promise<void> {
  const rates: ShippingRatesModuleService = ctx.container.resolve(SHIPPING_RATES_MODULE)
  const [, count] = await rates.listAndCountShippingRates({}, { take: 1 })
  if (!count) {
    await rates.createShippingRates(defaultRateTable())
    ctx.log("Created the shipping rate table (38 x 38 provinces)")
  }
  const [, policies] = await rates.listAndCountShippingPolicies({}, { take: 1 })
  if (!policies) {
    await rates.createShippingPolicies(DEFAULT_POLICY)
  }
}

/**
 * A facility is a stock location that ships its own goods: a fulfillment set
 * covering Indonesia with courier parcels and freight priced from the rate
 * table, and free pickup at the gate for both.
 */
async function ensureFacility(
  ctx: SeedContext,
  facility: FacilitySeed,
  salesChannelId: string,
  regionId: string,
  profiles: FacilityProfiles,
): Promise<string> {
  type Location = {
    id: string
    fulfillment_sets?: { id: string; service_zones?: { id: string }[] }[]
    fulfillment_providers?: { id: string }[]
  }
  let location = await findOne<Location>(ctx, "stock_location", { name: facility.name }, [
    "id",
    "fulfillment_sets.id",
    "fulfillment_sets.service_zones.id",
    "fulfillment_providers.id",
  ])
  if (!location) {
    const { result } = await createStockLocationsWorkflow(ctx.container).run({
      input: {
        locations: [
          {
            name: facility.name,
            address: {
              address_1: facility.address_1,
              city: facility.city,
              province: facility.province,
              postal_code: facility.postal_code,
              country_code: COUNTRY,
            },
            metadata: { handle: facility.handle },
          },
        ],
      },
    })
    location = { id: result[0].id, fulfillment_sets: [] }
    ctx.log(`Created stock location ${facility.name}`)
  }

  await linkSalesChannelsToStockLocationWorkflow(ctx.container).run({
    input: { id: location.id, add: [salesChannelId] },
  })

  const linkedProviders = new Set(location.fulfillment_providers?.map((p) => p.id))
  for (const providerId of [
    MANUAL_FULFILLMENT_PROVIDER_ID,
    RATE_TABLE_FULFILLMENT_PROVIDER_ID,
  ]) {
    if (!linkedProviders.has(providerId)) {
      const link = ctx.container.resolve(ContainerRegistrationKeys.LINK)
      await link.create({
        [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: providerId },
      })
    }
  }

  let fulfillmentSet = location.fulfillment_sets?.[0]
  if (!fulfillmentSet) {
    await createLocationFulfillmentSetWorkflow(ctx.container).run({
      input: {
        location_id: location.id,
        fulfillment_set_data: {
          name: `Pengiriman ${facility.name}`,
          type: "shipping",
        },
      },
    })
    const reloaded = await findOne<Location>(ctx, "stock_location", { id: location.id }, [
      "id",
      "fulfillment_sets.id",
      "fulfillment_sets.service_zones.id",
    ])
    fulfillmentSet = reloaded?.fulfillment_sets?.[0]
  }
  if (!fulfillmentSet) {
    throw new Error(`No fulfillment set for ${facility.name}`)
  }

  let serviceZoneId = fulfillmentSet.service_zones?.[0]?.id
  if (!serviceZoneId) {
    const { result: zones } = await createServiceZonesWorkflow(ctx.container).run({
      input: {
        data: [
          {
            fulfillment_set_id: fulfillmentSet.id,
            // Service zone names are unique across all fulfillment sets.
            name: `Indonesia dari ${facility.name}`,
            geo_zones: [{ type: "country", country_code: COUNTRY }],
          },
        ],
      },
    })
    serviceZoneId = zones[0].id
  }
  await ensureShippingOptions(ctx, facility, serviceZoneId, regionId, profiles)
  return location.id
}

/**
 * The zone's options, per profile: courier and pickup for parcels, freight
 * and pickup for heavy goods. Options a data set of an earlier demo version
 * left on other profiles are removed.
 */
async function ensureShippingOptions(
  ctx: SeedContext,
  facility: FacilitySeed,
  serviceZoneId: string,
  regionId: string,
  profiles: FacilityProfiles,
): Promise<void> {
  const { data: existing } = await ctx.query.graph({
    entity: "shipping_option",
    fields: ["id", "shipping_profile_id", "type.code"],
    filters: { service_zone_id: serviceZoneId },
  })
  const present = existing as {
    id: string
    shipping_profile_id: string
    type?: { code: string } | null
  }[]
  const legacy = present.filter(
    (option) => ![profiles.parcel, profiles.heavy].includes(option.shipping_profile_id),
  )
  if (legacy.length) {
    await deleteShippingOptionsWorkflow(ctx.container).run({
      input: { ids: legacy.map((option) => option.id) },
    })
  }
  const pickup = {
    name: `Ambil di ${facility.name}`,
    code: SHIPPING_OPTION_CODES.pickup,
    description: "Ambil sendiri di loket koperasi fasilitas",
    provider_id: MANUAL_FULFILLMENT_PROVIDER_ID,
    price_type: "flat" as const,
  }
  const options = [
    {
      profile: profiles.parcel,
      name: "Kurir Reguler",
      code: SHIPPING_OPTION_CODES.courier,
      description: "Paket kurir dari fasilitas, tarif menurut berat dan provinsi tujuan",
      provider_id: RATE_TABLE_FULFILLMENT_PROVIDER_ID,
      price_type: "calculated" as const,
      data: { service: "courier" },
    },
    { profile: profiles.parcel, ...pickup },
    {
      profile: profiles.heavy,
      name: "Kargo",
      code: SHIPPING_OPTION_CODES.freight,
      description: "Ekspedisi kargo untuk barang besar, tarif per kilogram",
      provider_id: RATE_TABLE_FULFILLMENT_PROVIDER_ID,
      price_type: "calculated" as const,
      data: { service: "freight" },
    },
    { profile: profiles.heavy, ...pickup },
  ]
  const missing = options.filter(
    (option) =>
      !present.some(
        (p) => p.shipping_profile_id === option.profile && p.type?.code === option.code,
      ),
  )
  if (!missing.length) {
    return
  }
  await createShippingOptionsWorkflow(ctx.container).run({
    input: missing.map((option) => ({
      name: option.name,
      // One list of both kinds; Medusa's input type is a union by price_type.
      price_type: option.price_type as "flat",
      provider_id: option.provider_id,
      service_zone_id: serviceZoneId,
      shipping_profile_id: option.profile,
      data: "data" in option ? option.data : undefined,
      type: {
        label: option.name,
        description: option.description,
        code: option.code,
      },
      prices:
        option.price_type === "flat"
          ? [
              { currency_code: CURRENCY, amount: 0 },
              { region_id: regionId, amount: 0 },
            ]
          : [],
      rules: [
        { attribute: "enabled_in_store", operator: "eq" as const, value: "true" },
        { attribute: "is_return", operator: "eq" as const, value: "false" },
      ],
    })),
  })
  ctx.log(`Created shipping options for ${facility.name}`)
}

async function ensureCategories(ctx: SeedContext): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  for (const category of CATEGORIES) {
    const existing = await findOne<{ id: string }>(ctx, "product_category", {
      handle: category.handle,
    })
    if (existing) {
      ids.set(category.handle, existing.id)
      continue
    }
    const { result } = await createProductCategoriesWorkflow(ctx.container).run({
      input: {
        product_categories: [
          {
            name: category.name,
            handle: category.handle,
            description: category.description,
            is_active: true,
            is_internal: false,
          },
        ],
      },
    })
    ids.set(category.handle, result[0].id)
    ctx.log(`Created category ${category.name}`)
  }
  return ids
}

async function ensureTags(ctx: SeedContext): Promise<Map<string, string>> {
  const values = [...new Set(PRODUCTS.flatMap((product) => product.tags))]
  const { data } = await ctx.query.graph({
    entity: "product_tag",
    fields: ["id", "value"],
    filters: { value: values },
  })
  const ids = new Map(data.map((tag) => [tag.value as string, tag.id as string]))
  const missing = values.filter((value) => !ids.has(value))
  if (missing.length) {
    const { result } = await createProductTagsWorkflow(ctx.container).run({
      input: { product_tags: missing.map((value) => ({ value })) },
    })
    for (const tag of result) {
      ids.set(tag.value, tag.id)
    }
  }
  return ids
}

async function uploadProductImage(
  ctx: SeedContext,
  product: ProductSeed,
): Promise<string> {
  const photo = await productPhotoJpeg(product)
  const { result } = await uploadFilesWorkflow(ctx.container).run({
    input: {
      files: [
        {
          filename: `${product.handle}.jpg`,
          mimeType: "image/jpeg",
          content: photo.toString("base64"),
          access: "public",
        },
      ],
    },
  })
  return result[0].url
}

async function ensureProduct(
  ctx: SeedContext,
  product: ProductSeed,
  refs: {
    salesChannelId: string
    shippingProfileId: string
    categoryIds: Map<string, string>
    tagIds: Map<string, string>
  },
): Promise<boolean> {
  const existing = await findOne(ctx, "product", { handle: product.handle })
  if (existing) {
    return false
  }
  const imageUrl = await uploadProductImage(ctx, product)
  await createProductsWorkflow(ctx.container).run({
    input: {
      products: [
        {
          title: product.title,
          subtitle: product.subtitle,
          handle: product.handle,
          description: product.description,
          // Published by ensureQuality once its certificates and inspections are in place.
          status: ProductStatus.DRAFT,
          metadata: { [PENDING_PUBLISH]: true },
          weight: product.weight,
          material: product.material,
          thumbnail: imageUrl,
          images: [{ url: imageUrl }],
          category_ids: [refs.categoryIds.get(product.category)!],
          tag_ids: product.tags.map((tag) => refs.tagIds.get(tag)!),
          shipping_profile_id: refs.shippingProfileId,
          sales_channels: [{ id: refs.salesChannelId }],
          options: product.options?.length
            ? product.options
            : [{ title: "Varian", values: ["Standar"] }],
          variants: product.variants.map((variant) => ({
            title: variant.title,
            sku: variant.sku,
            manage_inventory: true,
            allow_backorder: false,
            weight: product.weight,
            options: variant.options ?? { Varian: "Standar" },
            prices: [{ amount: variant.price, currency_code: CURRENCY }],
          })),
        },
      ],
    },
  })

  return true
}

function profileFor(
  product: ProductSeed,
  profiles: Map<string, FacilityProfiles>,
): string {
  const facility = profiles.get(workshopOf(product).facility)!
  return product.weight >= DEFAULT_POLICY.heavy_item_weight_grams
    ? facility.heavy
    : facility.parcel
}

/** Products seeded by an earlier demo version move to their facility's profile. */
async function ensureProductShippingProfiles(
  ctx: SeedContext,
  profiles: Map<string, FacilityProfiles>,
): Promise<void> {
  const { data } = await ctx.query.graph({
    entity: "product",
    fields: ["id", "handle", "shipping_profile.id"],
    filters: { handle: PRODUCTS.map((product) => product.handle) },
  })
  const link = ctx.container.resolve(ContainerRegistrationKeys.LINK)
  for (const row of data as {
    id: string
    handle: string
    shipping_profile?: { id: string } | null
  }[]) {
    const wanted = profileFor(PRODUCTS.find((p) => p.handle === row.handle)!, profiles)
    if (row.shipping_profile?.id === wanted) {
      continue
    }
    if (row.shipping_profile) {
      await link.dismiss({
        [Modules.PRODUCT]: { product_id: row.id },
        [Modules.FULFILLMENT]: { shipping_profile_id: row.shipping_profile.id },
      })
    }
    await link.create({
      [Modules.PRODUCT]: { product_id: row.id },
      [Modules.FULFILLMENT]: { shipping_profile_id: wanted },
    })
  }
}

/**
 * Each facility is linked to its stock location, and every product to the
 * workshop that makes it: its facility's workshop for its category.
 */
async function ensureProvenance(
  ctx: SeedContext,
  locationIds: Map<string, string>,
): Promise<void> {
  const facilityIds = new Map<string, string>()
  for (const facility of FACILITIES) {
    const existing = await findOne<{ id: string }>(ctx, "facility", {
      handle: facility.handle,
    })
    if (existing) {
      facilityIds.set(facility.handle, existing.id)
      continue
    }
    const { result } = await createFacilitiesWorkflow(ctx.container).run({
      input: {
        facilities: [
          {
            handle: facility.handle,
            name: facility.name,
            city: facility.city,
            province: facility.province,
            story: facility.story,
            stock_location_id: locationIds.get(facility.handle)!,
          },
        ],
      },
    })
    facilityIds.set(facility.handle, result[0].id)
    ctx.log(`Created facility ${facility.name}`)
  }

  const { data: products } = await ctx.query.graph({
    entity: "product",
    fields: ["id", "handle", "workshop.id"],
    filters: { handle: PRODUCTS.map((product) => product.handle) },
  })
  const productByHandle = new Map(products.map((p) => [p.handle as string, p]))

  for (const workshop of WORKSHOPS) {
    const madeHere = PRODUCTS.filter((p) => workshopOf(p).handle === workshop.handle)
    const existing = await findOne<{ id: string }>(ctx, "workshop", {
      handle: workshop.handle,
    })
    if (!existing) {
      const { category: _category, facility, ...data } = workshop
      await createWorkshopsWorkflow(ctx.container).run({
        input: {
          workshops: [
            {
              ...data,
              facility_id: facilityIds.get(facility)!,
              product_ids: madeHere.map(
                (p) => productByHandle.get(p.handle)!.id as string,
              ),
            },
          ],
        },
      })
      ctx.log(`Created workshop ${workshop.name}`)
      continue
    }
    const unlinked = madeHere
      .map((p) => productByHandle.get(p.handle)!)
      .filter((product) => !product.workshop)
    if (unlinked.length) {
      await createLinksWorkflow(ctx.container).run({
        input: unlinked.map((product) => ({
          [Modules.PRODUCT]: { product_id: product.id },
          [PROVENANCE_MODULE]: { workshop_id: existing.id },
        })),
      })
    }
  }
}

/** Marks the demo data as complete at this version; the dev launcher reads it. */
async function stampSeedVersion(ctx: SeedContext): Promise<void> {
  const store = await findOne<{ id: string; metadata: Record<string, unknown> | null }>(
    ctx,
    "store",
    {},
    ["id", "metadata"],
  )
  if (!store || store.metadata?.demo_seed_version === DEMO_SEED_VERSION) {
    return
  }
  await updateStoresWorkflow(ctx.container).run({
    input: {
      selector: { id: store.id },
      update: { metadata: { ...store.metadata, demo_seed_version: DEMO_SEED_VERSION } },
    },
  })
}

async function ensurePublishableKey(
  ctx: SeedContext,
  salesChannelId: string,
): Promise<string> {
  const existing = await findOne<{ id: string; token: string }>(
    ctx,
    "api_key",
    { title: PUBLISHABLE_KEY_TITLE, type: "publishable", revoked_at: null },
    ["id", "token"],
  )
  let key = existing
  if (!key) {
    const { result } = await createApiKeysWorkflow(ctx.container).run({
      input: {
        api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }],
      },
    })
    key = { id: result[0].id, token: result[0].token }
    ctx.log(`Created publishable API key "${PUBLISHABLE_KEY_TITLE}"`)
  }
  await linkSalesChannelsToApiKeyWorkflow(ctx.container).run({
    input: { id: key.id, add: [salesChannelId] },
  })
  return key.token
}

async function ensureAdminUser(ctx: SeedContext): Promise<string> {
  const { email, password } = demoAdmin()
  const existing = await findOne<{ id: string }>(ctx, "user", { email })
  if (existing) {
    return existing.id
  }
  const auth = ctx.container.resolve(Modules.AUTH)
  const [identity] = await auth.listProviderIdentities({
    entity_id: email,
    provider: "emailpass",
  })
  let authIdentityId = identity?.auth_identity_id
  if (!authIdentityId) {
    const registered = await auth.register("emailpass", {
      body: { email, password },
    })
    if (!registered.success || !registered.authIdentity) {
      throw new Error(`Could not register admin ${email}: ${registered.error}`)
    }
    authIdentityId = registered.authIdentity.id
  }
  const { result: user } = await createUserAccountWorkflow(ctx.container).run({
    input: {
      authIdentityId: authIdentityId!,
      userData: { email, first_name: "Admin", last_name: "Kantor Pusat" },
    },
  })
  ctx.log(`Created admin user ${email}`)
  return user.id
}

export async function seedDemoData(container: MedusaContainer): Promise<{
  publishableKey: string
  productsCreated: number
}> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const ctx: SeedContext = {
    container,
    query: container.resolve(ContainerRegistrationKeys.QUERY) as Query,
    log: (message) => logger.info(`[seed] ${message}`),
  }

  const salesChannelId = await ensureSalesChannel(ctx)
  const regionId = await ensureRegion(ctx)
  await ensureTaxRegion(ctx)
  await ensureShippingRates(ctx)

  const locationIds = new Map<string, string>()
  const profilesByFacility = new Map<string, FacilityProfiles>()
  for (const facility of FACILITIES) {
    const profiles = await ensureShippingProfiles(ctx, facility)
    profilesByFacility.set(facility.handle, profiles)
    locationIds.set(
      facility.handle,
      await ensureFacility(ctx, facility, salesChannelId, regionId, profiles),
    )
  }
  await ensureStore(ctx, salesChannelId, regionId, locationIds.get(FACILITIES[0].handle)!)
  const categoryIds = await ensureCategories(ctx)
  const tagIds = await ensureTags(ctx)

  let productsCreated = 0
  for (const product of PRODUCTS) {
    const created = await ensureProduct(ctx, product, {
      salesChannelId,
      shippingProfileId: profileFor(product, profilesByFacility),
      categoryIds,
      tagIds,
    })
    productsCreated += created ? 1 : 0
  }
  ctx.log(
    productsCreated ? `Created ${productsCreated} products` : "Catalog already seeded",
  )

  await ensureProductShippingProfiles(ctx, profilesByFacility)
  await ensureProvenance(ctx, locationIds)
  await ensureProductionBatches(container, ctx.log)
  const adminId = await ensureAdminUser(ctx)
  await ensureQuality(container, adminId, ctx.log)
  await ensureDemoOrders(container, { regionId, salesChannelId, locationIds }, ctx.log)
  await ensureWholesale(container, ctx.log)
  await ensureTranslations(container, ctx.log)
  const publishableKey = await ensurePublishableKey(ctx, salesChannelId)
  // Last: tells the dev launcher that a seed of this version completed.
  await stampSeedVersion(ctx)
  return { publishableKey, productsCreated }
}

export default async function seed({ container }: ExecArgs): Promise<void> {
  // On a new database the search index exists but no version of it is active
  // yet, and every product event of the seed would fail to reach it; a rebuild
  // of the (still empty) catalog activates one first.
  await rebuildProductSearch(container)
  await seedDemoData(container)
  // Events of the seed reach the index one by one and this process may exit
  // before they all have; a rebuild makes the demo catalog searchable at once.
  await rebuildProductSearch(container)
}

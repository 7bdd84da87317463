import type { ExecArgs, LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PROVENANCE_MODULE } from "../../src/modules/provenance"
import type ProvenanceModuleService from "../../src/modules/provenance/service"
import { QUALITY_MODULE } from "../../src/modules/quality"
import type QualityModuleService from "../../src/modules/quality/service"
import { rebuildProductSearch } from "../../src/scripts/reindex-search"
import { PUBLISHABLE_KEY_TITLE } from "../../src/scripts/seed-data"
import { generatedProducts, type GeneratedProduct } from "./catalog-data"

/**
 * `medusa exec` script: grows a database that already holds the demo seed to
 * BENCH_CATALOG_SIZE products. Products go through the modules' services in
 * batches (workflows would run the publish gate and one event chain per
 * product, far too slow for 50,000), then the links, stock, batches and
 * quality summaries, then one search index rebuild.
 */

const BATCH = 500
/** No scenario may run out of stock, however many carts it completes. */
export const BENCH_STOCK = 1_000_000
export const PICKUP_CODE = "ambil-di-fasilitas"

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

type WorkshopTemplate = {
  workshop_id: string
  category_id: string
  shipping_profile_id: string
  location_id: string
  quality: Json | null
  // The demo product's photo: listings and pages carry a real photo's weight.
  thumbnail: string | null
}

/** Per workshop, what its generated products copy from a demo product it makes. */
async function workshopTemplates(
  container: MedusaContainer,
): Promise<Map<string, WorkshopTemplate>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "thumbnail",
      "workshop.handle",
      "workshop.id",
      "categories.id",
      "shipping_profile.id",
      "variants.inventory_items.inventory.location_levels.location_id",
      "product_quality.*",
    ],
  })
  const templates = new Map<string, WorkshopTemplate>()
  for (const product of data as Json[]) {
    const location =
      product.variants?.[0]?.inventory_items?.[0]?.inventory?.location_levels?.[0]
    if (!product.workshop || templates.has(product.workshop.handle) || !location) {
      continue
    }
    templates.set(product.workshop.handle, {
      workshop_id: product.workshop.id,
      category_id: product.categories[0].id,
      shipping_profile_id: product.shipping_profile.id,
      location_id: location.location_id,
      quality: product.product_quality ?? null,
      thumbnail: product.thumbnail ?? null,
    })
  }
  return templates
}

async function addProducts(
  container: MedusaContainer,
  products: GeneratedProduct[],
  templates: Map<string, WorkshopTemplate>,
  salesChannelId: string,
) {
  const productModule = container.resolve(Modules.PRODUCT)
  const pricing = container.resolve(Modules.PRICING)
  const inventory = container.resolve(Modules.INVENTORY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
  const quality: QualityModuleService = container.resolve(QUALITY_MODULE)
  const template = (product: GeneratedProduct) => templates.get(product.workshop)!

  const created = await productModule.createProducts(
    products.map((product) => {
      const { category_id, thumbnail } = template(product)
      return {
        title: product.title,
        handle: product.handle,
        description: product.description,
        status: "published" as const,
        weight: product.weight,
        material: product.material,
        thumbnail,
        images: thumbnail ? [{ url: thumbnail }] : [],
        category_ids: [category_id],
        options: [{ title: "Ukuran", values: product.variants.map((v) => v.title) }],
        variants: product.variants.map((variant) => ({
          title: variant.title,
          sku: variant.sku,
          manage_inventory: true,
          options: { Ukuran: variant.title },
        })),
      }
    }),
  )
  const byHandle = new Map(products.map((product) => [product.handle, product]))
  const variants = created.flatMap((product) =>
    product.variants.map((variant) => {
      const source = byHandle.get(product.handle!)!
      return {
        product_id: product.id,
        variant_id: variant.id,
        generated: source.variants.find((v) => v.sku === variant.sku)!,
        template: template(source),
      }
    }),
  )

  const [priceSets, items] = await Promise.all([
    pricing.createPriceSets(
      variants.map((v) => ({
        prices: [{ amount: v.generated.price, currency_code: "idr" }],
      })),
    ),
    inventory.createInventoryItems(
      variants.map((v) => ({ sku: v.generated.sku, title: v.generated.sku })),
    ),
  ])
  await inventory.createInventoryLevels(
    items.map((item, i) => ({
      inventory_item_id: item.id,
      location_id: variants[i].template.location_id,
      stocked_quantity: variants[i].generated.stock,
    })),
  )
  const links: LinkDefinition[] = [
    ...created.flatMap((product): LinkDefinition[] => {
      const t = template(byHandle.get(product.handle!)!)
      return [
        {
          [Modules.PRODUCT]: { product_id: product.id },
          [Modules.SALES_CHANNEL]: { sales_channel_id: salesChannelId },
        },
        {
          [Modules.PRODUCT]: { product_id: product.id },
          [Modules.FULFILLMENT]: { shipping_profile_id: t.shipping_profile_id },
        },
        {
          [Modules.PRODUCT]: { product_id: product.id },
          [PROVENANCE_MODULE]: { workshop_id: t.workshop_id },
        },
      ]
    }),
    ...variants.flatMap((v, i): LinkDefinition[] => [
      {
        [Modules.PRODUCT]: { variant_id: v.variant_id },
        [Modules.PRICING]: { price_set_id: priceSets[i].id },
      },
      {
        [Modules.PRODUCT]: { variant_id: v.variant_id },
        [Modules.INVENTORY]: { inventory_item_id: items[i].id },
        data: { required_quantity: 1 },
      },
    ]),
  ]
  await link.create(links)

  // One batch per product (its first variant): what a QR label on it points to.
  await provenance.createProductionBatches(
    created.map((product) => {
      const source = byHandle.get(product.handle!)!
      return {
        code: source.batch_code,
        variant_id: product.variants.find((v) => v.sku === source.variants[0].sku)!.id,
        product_id: product.id,
        quantity: 100,
        produced_at: source.produced_at,
        workshop_id: template(source).workshop_id,
      }
    }),
  )
  const summaries = created.flatMap((product) => {
    const summary = template(byHandle.get(product.handle!)!).quality
    return summary
      ? [
          {
            product_id: product.id,
            standard_code: summary.standard_code,
            standard_name: summary.standard_name,
            standard_met: summary.standard_met,
            unmet: summary.unmet,
            certificates: summary.certificates,
            last_inspection_at: summary.last_inspection_at,
            last_inspection_passed: summary.last_inspection_passed,
            evaluated_at: new Date(),
          },
        ]
      : []
  })
  if (summaries.length) {
    await quality.createProductQualities(summaries)
  }
}

/**
 * Stock Medusa has neither our bank transfer nor our rate table: the region also
 * takes Medusa's system payment provider, and carts ship by the facilities' pickup
 * option (manual provider, flat price), which both servers know.
 */
async function prepareCheckout(container: MedusaContainer, regionId: string) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create({
    [Modules.REGION]: { region_id: regionId },
    [Modules.PAYMENT]: { payment_provider_id: "pp_system_default" },
  })
  // The demo products carts buy: more stock than any run can sell.
  const inventory = container.resolve(Modules.INVENTORY)
  const levels = await inventory.listInventoryLevels({}, { take: null })
  const demo = levels.filter((level) => level.stocked_quantity < BENCH_STOCK)
  await inventory.updateInventoryLevels(
    demo.map((level) => ({
      inventory_item_id: level.inventory_item_id,
      location_id: level.location_id,
      stocked_quantity: BENCH_STOCK,
    })),
  )
}

export default async function generateCatalog({ container }: ExecArgs): Promise<void> {
  const size = Number(process.env.BENCH_CATALOG_SIZE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: regions }, { data: keys }, [, demoCount]] = await Promise.all([
    query.graph({ entity: "region", fields: ["id"], filters: { currency_code: "idr" } }),
    // The storefront's channel (Medusa makes a default channel and key of its own).
    query.graph({
      entity: "api_key",
      fields: ["sales_channels.id"],
      filters: { title: PUBLISHABLE_KEY_TITLE },
    }),
    container.resolve(Modules.PRODUCT).listAndCountProducts({}, { take: 1 }),
  ])
  const salesChannelId = keys[0].sales_channels[0].id
  const templates = await workshopTemplates(container)
  // A bulk load, not a shop at work: the subscribers of thousands of product and
  // batch events (index updates, quality evaluations, storefront revalidation)
  // would swamp the connection pool, and the index is rebuilt once at the end.
  const eventBus = container.resolve(Modules.EVENT_BUS)
  eventBus.emit = async () => {}
  await prepareCheckout(container, regions[0].id)

  const products = generatedProducts(size - demoCount, [...templates.keys()])
  const started = Date.now()
  for (let i = 0; i < products.length; i += BATCH) {
    await addProducts(container, products.slice(i, i + BATCH), templates, salesChannelId)
    logger.info(
      `[bench] ${demoCount + Math.min(i + BATCH, products.length)} / ${size} products`,
    )
  }
  logger.info(`[bench] products added in ${Math.round((Date.now() - started) / 1000)} s`)
  // The index reads prices, stock and batches per product: planned without
  // statistics of the bulk-loaded tables, one batch of 50,000 took over 30 s.
  await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw("analyze")
  await rebuildProductSearch(container)
}

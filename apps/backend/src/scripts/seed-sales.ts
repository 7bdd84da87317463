/**
 * The demo stock as production batches, and a few paid demo orders so the
 * impact ledger, the storefront's figures and the staff dashboard show real
 * numbers on a fresh start. Both are idempotent, like the rest of the seed.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  capturePaymentWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { BANK_TRANSFER_PROVIDER_ID } from "../lib/checkout-ids"
import { recordOrderImpactWorkflow } from "../workflows/impact/workflows/record-order-impact"
import { createProductionBatchesWorkflow } from "../workflows/provenance/workflows/create-production-batches"
import { planBatches, PRODUCTS, workshopOf } from "./seed-data"

type Log = (message: string) => void

type VariantRow = {
  id: string
  sku: string
  product: { workshop: { id: string } | null }
}

/** Gives every seeded variant without a batch its planned batches, which also stock it. */
export async function ensureProductionBatches(
  container: MedusaContainer,
  log: Log,
): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const plans = PRODUCTS.flatMap((product) => planBatches(product, new Date()))
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "product.workshop.id"],
    filters: { sku: plans.map((plan) => plan.sku) },
  })
  const { data: batches } = await query.graph({
    entity: "production_batch",
    fields: ["variant_id"],
    filters: { variant_id: variants.map((variant) => variant.id) },
  })
  const batched = new Set(batches.map((batch) => batch.variant_id))
  const bySku = new Map(
    (variants as VariantRow[]).map((variant) => [variant.sku, variant]),
  )

  const todo = plans.filter((plan) => {
    const variant = bySku.get(plan.sku)
    return variant?.product.workshop && !batched.has(variant.id)
  })
  if (!todo.length) {
    return
  }
  await createProductionBatchesWorkflow(container).run({
    input: {
      batches: todo.map(({ sku, sold_elsewhere: _sold, ...batch }) => ({
        ...batch,
        variant_id: bySku.get(sku)!.id,
        workshop_id: bySku.get(sku)!.product.workshop!.id,
      })),
    },
  })
  log(`Created ${todo.length} production batches`)

  // What the facilities' own shops already sold leaves the stock the batches added.
  const soldOut = todo.filter((plan) => plan.sold_elsewhere > 0)
  if (!soldOut.length) {
    return
  }
  const { data: items } = await query.graph({
    entity: "product_variant",
    fields: [
      "sku",
      "inventory_items.inventory_item_id",
      "product.workshop.facility.stock_location.id",
    ],
    filters: { sku: soldOut.map((plan) => plan.sku) },
  })
  const inventory = container.resolve(Modules.INVENTORY)
  for (const plan of soldOut) {
    const row = items.find((item) => item.sku === plan.sku) as {
      inventory_items: { inventory_item_id: string }[]
      product: { workshop: { facility: { stock_location: { id: string } } } }
    }
    await inventory.adjustInventory(
      row.inventory_items[0].inventory_item_id,
      row.product.workshop.facility.stock_location.id,
      -plan.sold_elsewhere,
    )
  }
}

/** Demo orders: one facility each (its courier ships them), bought by demo buyers. */
export const DEMO_ORDERS: {
  email: string
  items: { sku: string; quantity: number }[]
}[] = [
  {
    email: "pembeli.satu@contoh.karya.local",
    items: [
      { sku: PRODUCTS[0].variants[0].sku, quantity: 3 },
      { sku: PRODUCTS[1].variants[0].sku, quantity: 2 },
    ],
  },
  {
    email: "pembeli.dua@contoh.karya.local",
    items: [{ sku: PRODUCTS[2].variants[0].sku, quantity: 4 }],
  },
]

type OptionRow = {
  id: string
  type?: { code: string } | null
  service_zone?: { fulfillment_set?: { location?: { id: string } | null } | null } | null
}

/**
 * Each demo order goes through the real checkout (cart, shipping, payment,
 * completion) and is captured, which writes its impact ledger entries.
 */
export async function ensureDemoOrders(
  container: MedusaContainer,
  refs: { regionId: string; salesChannelId: string; locationIds: Map<string, string> },
  log: Log,
): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({
    entity: "order",
    fields: ["id", "email"],
    filters: { email: DEMO_ORDERS.map((order) => order.email) },
  })
  // An earlier, interrupted seed may have placed an order without its ledger entries.
  for (const order of existing) {
    await recordOrderImpactWorkflow(container).run({ input: { order_id: order.id } })
  }
  const placed = new Set(existing.map((order) => order.email))
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "type.code", "service_zone.fulfillment_set.location.id"],
  })

  for (const demo of DEMO_ORDERS.filter((order) => !placed.has(order.email))) {
    const product = PRODUCTS.find((p) =>
      p.variants.some((v) => v.sku === demo.items[0].sku),
    )!
    const locationId = refs.locationIds.get(workshopOf(product).facility)!
    const courier = (options as OptionRow[]).find(
      (option) =>
        option.type?.code === "reguler" &&
        option.service_zone?.fulfillment_set?.location?.id === locationId,
    )
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "sku"],
      filters: { sku: demo.items.map((item) => item.sku) },
    })
    const { result: cart } = await createCartWorkflow(container).run({
      input: {
        region_id: refs.regionId,
        sales_channel_id: refs.salesChannelId,
        email: demo.email,
        currency_code: "idr",
        shipping_address: {
          first_name: "Pembeli",
          last_name: "Contoh",
          address_1: "Jalan Contoh No. 1",
          city: "Kota Bandung",
          province: "Jawa Barat",
          postal_code: "40111",
          country_code: "id",
          phone: "+628000000000",
        },
        items: demo.items.map((item) => ({
          variant_id: variants.find((variant) => variant.sku === item.sku)!.id,
          quantity: item.quantity,
        })),
      },
    })
    if (courier) {
      await addShippingMethodToCartWorkflow(container).run({
        input: { cart_id: cart.id, options: [{ id: courier.id }] },
      })
    }
    const { result: collection } = await createPaymentCollectionForCartWorkflow(
      container,
    ).run({ input: { cart_id: cart.id } })
    await createPaymentSessionsWorkflow(container).run({
      input: {
        payment_collection_id: collection.id,
        provider_id: BANK_TRANSFER_PROVIDER_ID,
      },
    })
    const { result: order } = await completeCartWorkflow(container).run({
      input: { id: cart.id },
    })
    const { data: payments } = await query.graph({
      entity: "payment",
      fields: ["id"],
      filters: { payment_collection_id: collection.id },
    })
    for (const payment of payments) {
      await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id } })
    }
    // The capture's subscriber records the same entries; the ledger keeps one copy.
    await recordOrderImpactWorkflow(container).run({ input: { order_id: order.id } })
    log(`Created demo order for ${demo.email}`)
  }
}

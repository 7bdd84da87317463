import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import recoverInterruptedWork from "../../src/jobs/recover-interrupted-work"
import {
  BATCH_INTAKE_METADATA_KEY,
  readStockLevel,
  writeStockLevel,
} from "../../src/lib/batch-intake"
import { PROVENANCE_MODULE } from "../../src/modules/provenance"
import type ProvenanceModuleService from "../../src/modules/provenance/service"
import { seedDemoData } from "../../src/scripts/seed"
import { prepareCart } from "../utils/checkout"
import { pickSeedProduct } from "../utils/seed-expectations"

// The job treats anything unfinished as cut short at once.
process.env.INTERRUPTED_WORK_GRACE_SECONDS = "0"

type Row = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
type Headers = { headers: Record<string, string> }

/**
 * The recovery job on the states a crash leaves, written here the way the
 * interrupted code writes them (the restart test makes them by killing a real
 * process; this one makes each of them for certain).
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers

    beforeAll(async () => {
      const { publishableKey } = await seedDemoData(getContainer())
      store = { headers: { "x-publishable-api-key": publishableKey } }
    })

    async function sql(text: string, values: unknown[] = []): Promise<Row[]> {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = await knex.raw(text, values as string[])
      return rows
    }

    async function seededVariant() {
      const product = pickSeedProduct("rutan-bengkulu", false)
      const [row] = await sql(
        `select v.id, v.product_id, pvi.inventory_item_id, b.workshop_id, il.location_id
         from product_variant v
         join product_variant_inventory_item pvi on pvi.variant_id = v.id and pvi.deleted_at is null
         join production_batch b on b.variant_id = v.id
         join inventory_level il on il.inventory_item_id = pvi.inventory_item_id and il.deleted_at is null
         where v.sku = ? limit 1`,
        [product.variants[0].sku],
      )
      return row
    }

    const levelOf = async (inventoryItemId: string) =>
      (
        await sql(
          `select stocked_quantity::int as stocked, reserved_quantity::int as reserved
           from inventory_level where inventory_item_id = ? and deleted_at is null`,
          [inventoryItemId],
        )
      )[0]

    it("rolls back a checkout cut short before its payment, and the cart then completes", async () => {
      const container = getContainer()
      const variant = await seededVariant()
      const cartId = await prepareCart(api, store, {
        items: [{ variant_id: variant.id, quantity: 2 }],
      })
      const before = await levelOf(variant.inventory_item_id)
      const paidOrdersBefore = await sql(`select id from "order"`)

      // What completion had written when the process died: the order, its links,
      // the reservation and the completed cart, but no payment.
      const [cart] = await sql(
        `select c.email, c.region_id, c.sales_channel_id, cpc.payment_collection_id
         from cart c join cart_payment_collection cpc on cpc.cart_id = c.id
         where c.id = ?`,
        [cartId],
      )
      const order = await container.resolve(Modules.ORDER).createOrders({
        email: cart.email,
        region_id: cart.region_id,
        sales_channel_id: cart.sales_channel_id,
        currency_code: "idr",
        status: "pending",
        items: [
          {
            title: "Produk uji",
            variant_id: variant.id,
            product_id: variant.product_id,
            quantity: 2,
            unit_price: 20_000,
          },
        ],
      })
      await container.resolve(ContainerRegistrationKeys.LINK).create([
        { [Modules.ORDER]: { order_id: order.id }, [Modules.CART]: { cart_id: cartId } },
        {
          [Modules.ORDER]: { order_id: order.id },
          [Modules.PAYMENT]: { payment_collection_id: cart.payment_collection_id },
        },
      ])
      await container.resolve(Modules.INVENTORY).createReservationItems([
        {
          line_item_id: order.items![0].id,
          inventory_item_id: variant.inventory_item_id,
          location_id: variant.location_id,
          quantity: 2,
        },
      ])
      await container
        .resolve(Modules.CART)
        .updateCarts([{ id: cartId, completed_at: new Date() }])
      // And one that died before even linking its order.
      const unlinked = await container.resolve(Modules.ORDER).createOrders({
        email: cart.email,
        region_id: cart.region_id,
        currency_code: "idr",
        status: "pending",
      })
      expect((await levelOf(variant.inventory_item_id)).reserved).toBe(
        before.reserved + 2,
      )

      await recoverInterruptedWork(container)

      expect(
        await sql(`select id from "order" where id = any(?) and deleted_at is null`, [
          [order.id, unlinked.id],
        ]),
      ).toEqual([])
      expect(await sql(`select id from "order" where deleted_at is null`)).toHaveLength(
        paidOrdersBefore.length,
      )
      expect(
        await sql(`select 1 from order_cart where cart_id = ? and deleted_at is null`, [
          cartId,
        ]),
      ).toEqual([])
      expect(await sql(`select completed_at from cart where id = ?`, [cartId])).toEqual([
        { completed_at: null },
      ])
      expect(await levelOf(variant.inventory_item_id)).toEqual(before)

      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(data.type).toBe("order")
      expect(
        await sql(
          `select p.id from order_payment_collection opc
           join payment p on p.payment_collection_id = opc.payment_collection_id
           where opc.order_id = ? and opc.deleted_at is null`,
          [data.order.id],
        ),
      ).toHaveLength(1)
      expect((await levelOf(variant.inventory_item_id)).reserved).toBe(
        before.reserved + 2,
      )
    })

    it("opens a cart marked completed whose order was never linked, and leaves paid orders alone", async () => {
      const variant = await seededVariant()
      const cartId = await prepareCart(api, store, {
        items: [{ variant_id: variant.id, quantity: 1 }],
      })
      await getContainer()
        .resolve(Modules.CART)
        .updateCarts([{ id: cartId, completed_at: new Date() }])
      const orders = await sql(`select id from "order" where deleted_at is null`)

      await recoverInterruptedWork(getContainer())

      expect(await sql(`select completed_at from cart where id = ?`, [cartId])).toEqual([
        { completed_at: null },
      ])
      expect(await sql(`select id from "order" where deleted_at is null`)).toEqual(orders)
    })

    it("undoes batches left pending, taking back exactly the stock that arrived", async () => {
      const container = getContainer()
      const variant = await seededVariant()
      const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
      const inventory = container.resolve(Modules.INVENTORY)
      const before = await levelOf(variant.inventory_item_id)
      const pending = (quantity: number) =>
        provenance.createProductionBatches({
          code: `UJI${quantity}${Date.now()}`,
          workshop: variant.workshop_id,
          variant_id: variant.id,
          product_id: variant.product_id,
          quantity,
          produced_at: new Date(),
          stock_pending: true,
        })
      // One died after its stock arrived (the level names it), one before.
      const arrived = await pending(11)
      const level = await readStockLevel(
        inventory,
        variant.inventory_item_id,
        variant.location_id,
      )
      await writeStockLevel(inventory, level!, before.stocked + 11, {
        ...level!.metadata,
        [BATCH_INTAKE_METADATA_KEY]: [arrived.id],
      })
      const missing = await pending(13)

      await recoverInterruptedWork(container)

      expect(
        await sql(`select id from production_batch where id = any(?)`, [
          [arrived.id, missing.id],
        ]),
      ).toEqual([])
      expect(await levelOf(variant.inventory_item_id)).toEqual(before)
      expect(
        (await readStockLevel(inventory, variant.inventory_item_id, variant.location_id))!
          .metadata?.[BATCH_INTAKE_METADATA_KEY],
      ).toEqual([])
    })
  },
})

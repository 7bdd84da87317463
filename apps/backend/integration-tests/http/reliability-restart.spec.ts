import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemoData } from "../../src/scripts/seed"
import { adminHeaders } from "../utils/auth"
import {
  freePort,
  httpClient,
  startBackend,
  type BackendProcess,
} from "../utils/backend-process"
import { eventually, prepareCart } from "../utils/checkout"
import { pickSeedProduct } from "../utils/seed-expectations"

// The backend under test is a process of its own, killed and started again; the
// test runner's app only seeds, and as a server-only process runs no jobs, so
// whatever recovers the data is the restarted backend.
process.env.MEDUSA_WORKER_MODE = "server"

type Row = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
type Headers = { headers: Record<string, string> }

const RESTART_TIMEOUT_MS = 900_000
// The restarted backend treats unpaid orders and pending batches older than this
// as cut short; its recovery job runs every 30 s.
const GRACE_SECONDS = 3
const CARTS_PER_PRODUCT = 3

const UNPAID_ORDERS_SQL = `
  select o.id from "order" o
  where o.deleted_at is null and not exists (
    select 1 from order_payment_collection opc
    join payment p on p.payment_collection_id = opc.payment_collection_id and p.deleted_at is null
    where opc.order_id = o.id and opc.deleted_at is null)`

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let admin: Headers
    let backend: BackendProcess | undefined

    beforeAll(async () => {
      const { publishableKey } = await seedDemoData(getContainer())
      store = { headers: { "x-publishable-api-key": publishableKey } }
      admin = await adminHeaders(api)
    })

    afterAll(async () => {
      await backend?.kill()
    })

    async function sql(text: string, values: unknown[] = []): Promise<Row[]> {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = await knex.raw(text, values as string[])
      return rows
    }

    async function start(databaseUrl: string): Promise<BackendProcess> {
      backend = await startBackend({
        databaseUrl,
        port: await freePort(),
        env: { INTERRUPTED_WORK_GRACE_SECONDS: String(GRACE_SECONDS) },
      })
      return backend
    }

    /** Polls the database every few milliseconds and kills the backend the moment `seen` holds. */
    async function killWhen(target: BackendProcess, seen: () => Promise<boolean>) {
      const deadline = Date.now() + 60_000
      while (!(await seen())) {
        if (Date.now() > deadline) {
          throw new Error(`The moment to kill never came:\n${target.output()}`)
        }
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
      await target.kill()
    }

    async function variantOf(sku: string) {
      const [row] = await sql(
        `select v.id, pvi.inventory_item_id from product_variant v
         join product_variant_inventory_item pvi on pvi.variant_id = v.id and pvi.deleted_at is null
         where v.sku = ?`,
        [sku],
      )
      const [batch] = await sql(
        "select workshop_id from production_batch where variant_id = ? limit 1",
        [row.id],
      )
      return {
        id: row.id as string,
        inventoryItemId: row.inventory_item_id as string,
        workshopId: batch.workshop_id as string,
      }
    }

    const levelOf = async (inventoryItemId: string) =>
      (
        await sql(
          `select location_id, stocked_quantity::int as stocked, reserved_quantity::int as reserved
           from inventory_level where inventory_item_id = ? and deleted_at is null`,
          [inventoryItemId],
        )
      )[0]

    it(
      "10. a backend killed in the middle of checkouts and of a batch intake leaves nothing half-written after a restart",
      async () => {
        const config = getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE)
        const databaseUrl = config.projectConfig.databaseUrl as string
        const first = pickSeedProduct("rutan-bengkulu", false)
        const second = pickSeedProduct("rutan-bengkulu", false, [first.handle])
        const variants = [
          await variantOf(first.variants[0].sku),
          await variantOf(second.variants[0].sku),
        ]
        // Every order the seed made is paid, so recovery has nothing to touch.
        expect(await sql(UNPAID_ORDERS_SQL)).toEqual([])
        const batchesBefore = (await sql("select id from production_batch")).map(
          (row) => row.id as string,
        )
        const stockBefore = await Promise.all(
          variants.map((variant) => levelOf(variant.inventoryItemId)),
        )

        // 1. Checkouts of two products run side by side; the backend dies as soon
        // as the first new order row exists, before that checkout reaches the
        // payment. Should it have been paid in the milliseconds before the kill
        // landed, the backend is started again and new buyers try once more.
        let target = await start(databaseUrl)
        const client = () => httpClient(target.url)
        const carts: { id: string; variant: number }[] = []
        for (let attempt = 1; attempt <= 4; attempt++) {
          if (attempt > 1) {
            target = await start(databaseUrl)
          }
          const attemptCarts: string[] = []
          for (const [index, variant] of variants.entries()) {
            for (let buyer = 0; buyer < CARTS_PER_PRODUCT; buyer++) {
              const id = await prepareCart(client(), store, {
                items: [{ variant_id: variant.id, quantity: 1 }],
              })
              attemptCarts.push(id)
              carts.push({ id, variant: index })
            }
          }
          const ordersBefore = (await sql(`select id from "order"`)).length
          const completions = attemptCarts.map((id) =>
            client()
              .post(`/store/carts/${id}/complete`, {}, store)
              .catch(() => undefined),
          )
          await killWhen(
            target,
            async () => (await sql(`select id from "order"`)).length > ordersBefore,
          )
          await Promise.all(completions)
          if ((await sql(UNPAID_ORDERS_SQL)).length) {
            break
          }
        }
        expect((await sql(UNPAID_ORDERS_SQL)).length).toBeGreaterThan(0)

        // 2. Batch intakes run one after another; the backend dies while one is
        // recorded but its stock intake has not finished. The kill lands a few
        // milliseconds after the pending batch is seen; should that batch have
        // finished meanwhile, the backend is started and killed again.
        const pendingBatches = () =>
          sql("select id from production_batch where stock_pending")
        for (let attempt = 1; attempt <= 5; attempt++) {
          target = await start(databaseUrl)
          let intaking = true
          const intakes = (async () => {
            while (intaking) {
              for (const variant of variants) {
                await client()
                  .post(
                    "/admin/batches",
                    {
                      workshop_id: variant.workshopId,
                      variant_id: variant.id,
                      quantity: 7,
                      produced_at: new Date().toISOString(),
                    },
                    admin,
                  )
                  .catch(() => {
                    intaking = false
                  })
              }
            }
          })()
          await killWhen(target, async () => (await pendingBatches()).length > 0)
          intaking = false
          await intakes
          if ((await pendingBatches()).length) {
            break
          }
        }
        expect((await pendingBatches()).length).toBeGreaterThan(0)

        // 3. After a restart, a buyer's retry completes their cart at once, and
        // the recovery job settles everything else.
        target = await start(databaseUrl)
        // A buyer whose cart the crash left linked to an unpaid order, if any.
        const [linked] = await sql(
          `select oc.cart_id from order_cart oc
           where oc.deleted_at is null and oc.order_id in (${UNPAID_ORDERS_SQL})`,
        )
        const retried = linked?.cart_id ?? carts[0].id
        const { data: retry } = await client().post(
          `/store/carts/${retried}/complete`,
          {},
          store,
        )
        expect(retry.type).toBe("order")

        await eventually(async () => {
          const unpaid = await sql(UNPAID_ORDERS_SQL)
          const pending = await sql("select id from production_batch where stock_pending")
          return unpaid.length + pending.length === 0 ? true : undefined
        }, 120_000).catch(async (error) => {
          const left = {
            unpaid: await sql(UNPAID_ORDERS_SQL),
            pending: await sql("select id from production_batch where stock_pending"),
          }
          throw new Error(
            `${error.message}: ${JSON.stringify(left)}\n${target.output().slice(-6000)}`,
          )
        })

        // No half-written records: every order is paid and belongs to one cart.
        expect(
          await sql(`select o.id from "order" o
            where not exists (select 1 from order_cart oc
              where oc.order_id = o.id and oc.deleted_at is null)`),
        ).toEqual([])
        // Every reservation belongs to an order line, and each level's reserved
        // quantity is the sum of its reservations.
        expect(
          await sql(`select r.id from reservation_item r
            where r.deleted_at is null and r.line_item_id is not null
              and not exists (select 1 from order_line_item li
                where li.id = r.line_item_id and li.deleted_at is null)`),
        ).toEqual([])
        expect(
          await sql(`select l.id from inventory_level l
            where l.deleted_at is null and l.reserved_quantity <> coalesce((
              select sum(r.quantity) from reservation_item r
              where r.inventory_item_id = l.inventory_item_id
                and r.location_id = l.location_id and r.deleted_at is null), 0)`),
        ).toEqual([])

        // Every cart can complete, each into exactly one order.
        for (const { id: cartId } of carts) {
          const { data } = await client().post(
            `/store/carts/${cartId}/complete`,
            {},
            store,
          )
          expect(data.type).toBe("order")
        }
        const cartOrders = await sql(
          `select cart_id, count(*)::int as orders from order_cart
           where cart_id = any(?) and deleted_at is null group by cart_id`,
          [carts.map((cart) => cart.id)],
        )
        expect(cartOrders).toHaveLength(carts.length)
        expect(cartOrders.every((row) => row.orders === 1)).toBe(true)
        expect(await sql(UNPAID_ORDERS_SQL)).toEqual([])

        // Stock is consistent: each level holds what it held plus the batches
        // that exist, and reserves one unit per order of this test.
        for (const [index, variant] of variants.entries()) {
          const [{ added }] = await sql(
            `select coalesce(sum(quantity), 0)::int as added from production_batch
             where variant_id = ? and deleted_at is null and id <> all(?)`,
            [variant.id, batchesBefore],
          )
          const level = await levelOf(variant.inventoryItemId)
          expect(level.stocked).toBe(stockBefore[index].stocked + added)
          const sold = carts.filter((cart) => cart.variant === index).length
          expect(level.reserved).toBe(stockBefore[index].reserved + sold)
        }
        // And batch intake works on after the crash.
        const stockNow = await levelOf(variants[0].inventoryItemId)
        await client().post(
          "/admin/batches",
          {
            workshop_id: variants[0].workshopId,
            variant_id: variants[0].id,
            quantity: 5,
            produced_at: new Date().toISOString(),
          },
          admin,
        )
        expect((await levelOf(variants[0].inventoryItemId)).stocked).toBe(
          stockNow.stocked + 5,
        )
      },
      RESTART_TIMEOUT_MS,
    )
  },
})

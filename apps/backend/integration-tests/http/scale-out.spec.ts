import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import Redis from "ioredis"
import { seedDemoData } from "../../src/scripts/seed"
import {
  freePort,
  httpClient,
  startBackend,
  type BackendProcess,
} from "../utils/backend-process"
import { eventually, prepareCart } from "../utils/checkout"
import { pickSeedProduct } from "../utils/seed-expectations"

/**
 * The production topology on one machine: two server processes and one worker
 * sharing PostgreSQL and Redis. Needs a Redis server: it runs when
 * TEST_REDIS_URL names one (CI sets it to the machine's Redis).
 */
const TEST_REDIS_URL = process.env.TEST_REDIS_URL

// The runner's own app only seeds: as a server it runs no jobs or subscribers.
process.env.MEDUSA_WORKER_MODE = "server"

type Row = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
type Headers = { headers: Record<string, string> }

const BUYERS_PER_SERVER = 6
const UNITS_ON_SALE = 4

/** A Redis database of its own, emptied first, so no queue of another run is in the way. */
async function freshRedisDatabase(url: string): Promise<string> {
  const dedicated = new URL(url)
  dedicated.pathname = "/7"
  const redis = new Redis(dedicated.toString())
  await redis.flushdb()
  await redis.quit()
  return dedicated.toString()
}

describe.runIf(TEST_REDIS_URL)(
  "two servers and a worker on one PostgreSQL and Redis",
  () => {
    medusaIntegrationTestRunner({
      testSuite: ({ getContainer }) => {
        let store: Headers
        const processes: BackendProcess[] = []

        beforeAll(async () => {
          const { publishableKey } = await seedDemoData(getContainer())
          store = { headers: { "x-publishable-api-key": publishableKey } }
        })

        afterAll(async () => {
          await Promise.all(processes.map((process) => process.kill()))
        })

        async function sql(text: string, values: unknown[] = []): Promise<Row[]> {
          const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
          const { rows } = await knex.raw(text, values as string[])
          return rows
        }

        it("sells the last units once across both servers, and the worker handles every order's events", async () => {
          const config = getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE)
          const databaseUrl = config.projectConfig.databaseUrl as string
          const redisUrl = await freshRedisDatabase(TEST_REDIS_URL!)
          const start = async (mode: "server" | "worker") => {
            const backend = await startBackend({
              databaseUrl,
              port: await freePort(),
              env: { REDIS_URL: redisUrl, MEDUSA_WORKER_MODE: mode },
            })
            processes.push(backend)
            return backend
          }
          // One after another: two cores start one Medusa at a time best.
          const servers = [await start("server"), await start("server")]
          await start("worker")

          // A product with exactly UNITS_ON_SALE units left.
          const product = pickSeedProduct("rutan-bengkulu", false)
          const [variant] = await sql(
            `select v.id, pvi.inventory_item_id from product_variant v
           join product_variant_inventory_item pvi on pvi.variant_id = v.id and pvi.deleted_at is null
           where v.sku = ?`,
            [product.variants[0].sku],
          )
          const inventory = getContainer().resolve(Modules.INVENTORY)
          const [level] = await inventory.listInventoryLevels({
            inventory_item_id: variant.inventory_item_id,
          })
          const reservedBefore = Number(level.reserved_quantity)
          await inventory.updateInventoryLevels([
            {
              inventory_item_id: level.inventory_item_id,
              location_id: level.location_id,
              stocked_quantity: reservedBefore + UNITS_ON_SALE,
            },
          ])

          // Buyers fill their carts on either server (one after another: they share a
          // guest e-mail, whose customer record Medusa creates with the first cart)
          // and all check out at once.
          const buyers: { client: ReturnType<typeof httpClient>; cartId: string }[] = []
          for (let index = 0; index < BUYERS_PER_SERVER; index++) {
            for (const server of servers) {
              const client = httpClient(server.url)
              const cartId = await prepareCart(client, store, {
                items: [{ variant_id: variant.id, quantity: 1 }],
              })
              buyers.push({ client, cartId })
            }
          }
          const answers = await Promise.all(
            buyers.map(({ client, cartId }) =>
              client
                .post(`/store/carts/${cartId}/complete`, {}, store)
                .then(({ data }) => ({ status: 200, data }))
                .catch((error) => error.response as { status: number; data: Row }),
            ),
          )

          const orders = answers.filter((answer) => answer.data.type === "order")
          expect(orders).toHaveLength(UNITS_ON_SALE)
          const refused = answers.filter((answer) => answer.status !== 200)
          expect(refused).toHaveLength(buyers.length - UNITS_ON_SALE)
          for (const answer of refused) {
            expect(answer.status).toBe(400)
            expect(answer.data.message).toMatch(/out of stock/)
          }
          const [after] = await inventory.listInventoryLevels({
            inventory_item_id: variant.inventory_item_id,
          })
          expect(Number(after.stocked_quantity)).toBe(reservedBefore + UNITS_ON_SALE)
          expect(Number(after.reserved_quantity)).toBe(reservedBefore + UNITS_ON_SALE)

          // No event lost: the worker (servers run no subscribers) sent every
          // order's confirmation, once.
          const orderIds = orders.map((answer) => answer.data.order.id as string)
          const mails = await eventually(async () => {
            const rows = await sql(
              `select resource_id from notification
             where template = 'order-placed' and resource_id = any(?)`,
              [orderIds],
            )
            return rows.length >= orderIds.length ? rows : undefined
          }, 60_000)
          expect(mails.map((row) => row.resource_id).sort()).toEqual([...orderIds].sort())
        }, 900_000)
      },
    })
  },
)

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { seedDemoData } from "../../src/scripts/seed"
import { DEMO_QUALITY_EXCEPTIONS, PRODUCTS } from "../../src/scripts/seed-data"
import { DEMO_ORDERS } from "../../src/scripts/seed-sales"
import {
  LOW_STOCK_THRESHOLD,
  notifyStockWatchWorkflow,
} from "../../src/workflows/stock-watch/workflows/notify-stock-watch"
import { adminHeaders } from "../utils/auth"
import { inviteFacilityStaff } from "../utils/staff"

const DAY = 24 * 60 * 60 * 1000
const FACILITY = "rutan-bengkulu"

type FeedNotification = {
  id: string
  trigger_type: string | null
  data: { title: string; description: string; facility_id: string }
}

/**
 * Two variants of the facility's own products that no demo order reserves and
 * no quality exception touches, well above the threshold: one to run low, a
 * food one to receive a batch that expires soon.
 */
function quietVariants() {
  const busy = new Set([
    ...DEMO_ORDERS.flatMap((order) => order.items.map((item) => item.sku)),
    DEMO_QUALITY_EXCEPTIONS.failed_inspection_sku,
    DEMO_QUALITY_EXCEPTIONS.recalled_sku,
  ])
  const candidates = PRODUCTS.filter((product) => product.facility === FACILITY).flatMap(
    (product) =>
      product.variants
        .filter((variant) => variant.stock >= 20 && !busy.has(variant.sku))
        .map((variant) => ({ product, variant })),
  )
  const lowering = candidates.find(
    ({ product }) => product.category !== "kuliner-olahan",
  )!
  const expiring = candidates.find(
    ({ product }) => product.category === "kuliner-olahan",
  )!
  return { lowering, expiring }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      await seedDemoData(getContainer())
    })

    beforeEach(async () => {
      admin = await adminHeaders(api)
    })

    // Product writes fire product.updated, whose subscriber re-judges quality after the
    // request returns; let it finish before the runner resets the database for the next test.
    afterEach(async () => {
      await new Promise((resolve) => setTimeout(resolve, 750))
    })

    async function facility(handle: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "facility",
        fields: ["id", "name", "stock_location.id"],
        filters: { handle },
      })
      const [row] = data as { id: string; name: string; stock_location: { id: string } }[]
      return { id: row.id, name: row.name, location_id: row.stock_location.id }
    }

    async function variantBySku(sku: string) {
      const { data } = await api.get(
        `/admin/product-variants?sku=${sku}&fields=id,product_id`,
        admin,
      )
      return data.variants[0] as { id: string; product_id: string }
    }

    async function inventoryItemOf(sku: string) {
      const { data } = await api.get(`/admin/inventory-items?sku=${sku}`, admin)
      return data.inventory_items[0].id as string
    }

    async function stockWatchFeed(facilityId?: string) {
      const notifications = (await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ channel: "feed" })) as unknown as FeedNotification[]
      return notifications.filter(
        (notification) =>
          notification.trigger_type === "stock-watch" &&
          (!facilityId || notification.data.facility_id === facilityId),
      )
    }

    it("tells a facility's staff what runs low and what expires soon, once a day", async () => {
      const container = getContainer()
      const bengkulu = await facility(FACILITY)
      const { lowering, expiring } = quietVariants()

      const itemId = await inventoryItemOf(lowering.variant.sku)
      await api.post(
        `/admin/inventory-items/${itemId}/location-levels/${bengkulu.location_id}`,
        { stocked_quantity: 3 },
        admin,
      )
      const food = await variantBySku(expiring.variant.sku)
      const { data: owner } = await api.get(
        `/admin/products/${food.product_id}?fields=id,workshop.id`,
        admin,
      )
      const { data: created } = await api.post(
        "/admin/batches",
        {
          workshop_id: owner.product.workshop.id,
          variant_id: food.id,
          quantity: 12,
          produced_at: new Date(Date.now() - 20 * DAY).toISOString(),
          expires_at: new Date(Date.now() + 5 * DAY).toISOString(),
        },
        admin,
      )
      const batchCode = created.batch.code as string

      const now = new Date()
      const { result } = await notifyStockWatchWorkflow(container).run({
        input: { now },
      })
      const report = result.reports.find((row) => row.facility_id === bengkulu.id)!
      expect(report.low_stock).toContainEqual(
        expect.objectContaining({ sku: lowering.variant.sku, available: 3 }),
      )
      expect(report.expiring).toEqual([
        expect.objectContaining({ code: batchCode, units_left: 12 }),
      ])

      const [posted, ...others] = await stockWatchFeed(bengkulu.id)
      expect(others).toEqual([])
      expect(posted.data.title).toEqual(`Stok menipis dan kedaluwarsa — ${bengkulu.name}`)
      expect(posted.data.description).toContain(
        `${lowering.product.title} — ${lowering.variant.title}: 3 unit`,
      )
      expect(posted.data.description).toContain(
        `batch ${batchCode}: 12 unit, kedaluwarsa`,
      )
      // "At or below" the threshold: the seeded garden bench has exactly that many.
      const atThreshold = PRODUCTS.filter((product) => product.facility === FACILITY)
        .flatMap((product) => product.variants.map((variant) => ({ product, variant })))
        .find(({ variant }) => variant.stock === LOW_STOCK_THRESHOLD)!
      expect(posted.data.description).toContain(
        `${atThreshold.product.title} — ${atThreshold.variant.title}: ${LOW_STOCK_THRESHOLD} unit`,
      )

      // Facility staff see their facility's notices in the admin feed, no other's.
      const staff = await inviteFacilityStaff(api, admin, {
        email: "petugas.stok@contoh.karya.local",
        facility_id: bengkulu.id,
      })
      const { data: feed } = await api.get("/admin/notifications?channel=feed", staff)
      expect(feed.notifications.map((n: { id: string }) => n.id)).toEqual([posted.id])
      const elsewhere = (await stockWatchFeed()).find(
        (notification) => notification.data.facility_id !== bengkulu.id,
      )!
      expect(elsewhere).toBeDefined()
      const { data: all } = await api.get("/admin/notifications?channel=feed", admin)
      expect(all.notifications.map((n: { id: string }) => n.id)).toContain(elsewhere.id)
      const foreign = await api
        .get(`/admin/notifications/${elsewhere.id}`, staff)
        .catch((error: { response: { status: number } }) => error.response)
      expect(foreign.status).toEqual(403)

      const everyFacility = (await stockWatchFeed()).length
      const again = await notifyStockWatchWorkflow(container).run({ input: { now } })
      expect(again.result.notifications).toEqual([])
      expect(await stockWatchFeed()).toHaveLength(everyFacility)

      await notifyStockWatchWorkflow(container).run({
        input: { now: new Date(now.getTime() + DAY) },
      })
      expect(await stockWatchFeed(bengkulu.id)).toHaveLength(2)
    })

    it("leaves a facility with nothing to report alone and skips draft products", async () => {
      const container = getContainer()
      const { data: location } = await api.post(
        "/admin/stock-locations",
        { name: "Gudang Lapas Uji" },
        admin,
      )
      const { data: created } = await api.post(
        "/admin/facilities",
        {
          handle: "lapas-uji",
          name: "Lapas Uji",
          city: "Kota Uji",
          province: "Jawa Barat",
          stock_location_id: location.stock_location.id,
        },
        admin,
      )
      const quiet = created.facility as { id: string }
      // Plenty of a variant that runs low elsewhere is not low here.
      const sku = "BKU-TMN-150"
      await api.post(
        `/admin/inventory-items/${await inventoryItemOf(sku)}/location-levels`,
        { location_id: location.stock_location.id, stocked_quantity: 50 },
        admin,
      )

      const outOfStock = PRODUCTS.find((product) =>
        product.variants.some((variant) => variant.stock === 0),
      )!
      const draft = await variantBySku(
        outOfStock.variants.find((variant) => variant.stock === 0)!.sku,
      )
      await api.post(`/admin/products/${draft.product_id}`, { status: "draft" }, admin)

      const { result } = await notifyStockWatchWorkflow(container).run({
        input: { now: new Date() },
      })
      const reported = result.reports.map((report) => report.facility_id)
      expect(reported).not.toContain(quiet.id)
      expect(reported).toContain((await facility(FACILITY)).id)
      expect(await stockWatchFeed(quiet.id)).toEqual([])
      expect(
        result.reports.flatMap((report) =>
          report.low_stock.map((variant) => variant.variant_id),
        ),
      ).not.toContain(draft.id)
      expect(result.notifications).toHaveLength(result.reports.length)
    })
  },
})

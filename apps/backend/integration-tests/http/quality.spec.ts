import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { IMPACT_MODULE } from "../../src/modules/impact"
import type ImpactModuleService from "../../src/modules/impact/service"
import { seedDemoData } from "../../src/scripts/seed"
import {
  DEMO_QUALITY_EXCEPTIONS,
  EXPIRING_SOON_HANDLE,
  PRODUCTS,
} from "../../src/scripts/seed-data"
import { DEMO_ORDERS } from "../../src/scripts/seed-sales"
import { watchExpiryWorkflow } from "../../src/workflows/quality/workflows/watch-expiry"
import { adminHeaders } from "../utils/auth"
import { eventually, placeOrder, prepareCart } from "../utils/checkout"

type ErrorResponse = { status: number; data: { message: string } }
const failure = (error: { response: ErrorResponse }) => error.response

/** The demo data is dated relative to the day it is seeded (see seed-quality.ts). */
const daysFromNow = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000)

type Batch = {
  id: string
  code: string
  quantity: number
  status: string
  variant_id: string
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let store: { headers: Record<string, string> }

    beforeAll(async () => {
      const { publishableKey } = await seedDemoData(getContainer())
      store = { headers: { "x-publishable-api-key": publishableKey } }
    })

    beforeEach(async () => {
      admin = await adminHeaders(api)
    })

    // Product writes fire product.updated, whose subscriber re-judges quality after the
    // request returns; let it finish before the runner resets the database for the next test.
    afterEach(async () => {
      await new Promise((resolve) => setTimeout(resolve, 750))
    })

    async function variantBySku(sku: string) {
      const { data } = await api.get(
        `/admin/product-variants?sku=${sku}&fields=id,product_id,product.handle`,
        admin,
      )
      return data.variants[0] as {
        id: string
        product_id: string
        product: { handle: string }
      }
    }

    async function batchesOf(variantId: string): Promise<Batch[]> {
      const { data } = await api.get(
        `/admin/batches?variant_id=${variantId}&limit=50`,
        admin,
      )
      return (data.batches as (Batch & { produced_at: string })[]).sort(
        (a, b) => new Date(a.produced_at).getTime() - new Date(b.produced_at).getTime(),
      )
    }

    async function productIdOf(handle: string) {
      const { data } = await api.get(`/admin/products?handle=${handle}&fields=id`, admin)
      return data.products[0].id as string
    }

    /** A food variant with two batches that no demo order and no exception touches. */
    function quietFoodSku() {
      const busy = new Set([
        ...DEMO_ORDERS.flatMap((order) => order.items.map((item) => item.sku)),
        DEMO_QUALITY_EXCEPTIONS.failed_inspection_sku,
        DEMO_QUALITY_EXCEPTIONS.recalled_sku,
      ])
      const product = PRODUCTS.find(
        (p) =>
          p.category === "kuliner-olahan" &&
          p.handle !== EXPIRING_SOON_HANDLE &&
          p.variants.some((v) => v.stock >= 20 && !busy.has(v.sku)),
      )!
      const variant = product.variants.find((v) => v.stock >= 20 && !busy.has(v.sku))!
      return { product, variant }
    }

    describe("the seeded catalog", () => {
      it("is published and meets its standards, with the demo exceptions on the overview", async () => {
        const { data: products } = await api.get(
          "/store/products?limit=100&fields=handle,product_quality.standard_met,product_quality.standard_name",
          store,
        )
        expect(products.products).toHaveLength(PRODUCTS.length)
        for (const product of products.products) {
          expect(product.product_quality).toMatchObject({ standard_met: true })
        }

        const { data: overview } = await api.get("/admin/quality/overview", admin)
        const reasons = overview.blocked_batches.map((b: { reason: string }) => b.reason)
        expect(reasons).toEqual(expect.arrayContaining(["failed_inspection", "recalled"]))
        const expiringHolder = await productIdOf(EXPIRING_SOON_HANDLE)
        expect(
          overview.expiring_certificates.map(
            (c: { holder: { id: string } }) => c.holder.id,
          ),
        ).toContain(expiringHolder)
        expect(overview.blocked_products).toEqual([])
      })
    })

    describe("publish gate", () => {
      it("refuses to publish a food with nothing in place, listing every unmet requirement", async () => {
        const { data: categories } = await api.get(
          "/admin/product-categories?handle=kuliner-olahan&fields=id",
          admin,
        )
        const response = await api
          .post(
            "/admin/products",
            {
              title: "Keripik Uji",
              handle: "keripik-uji",
              status: "published",
              categories: [{ id: categories.product_categories[0].id }],
              options: [{ title: "Varian", values: ["Standar"] }],
              variants: [
                {
                  title: "Standar",
                  options: { Varian: "Standar" },
                  prices: [{ currency_code: "idr", amount: 15000 }],
                },
              ],
            },
            admin,
          )
          .catch(failure)
        expect(response.status).toEqual(400)
        for (const expected of [
          "Izin edar pangan",
          "Status halal",
          '"ingredients"',
          '"net_weight"',
          '"allergens"',
          '"storage"',
          '"shelf_life"',
          "passed a quality inspection",
        ]) {
          expect(response.data.message).toContain(expected)
        }
        const { data } = await api.get("/admin/products?handle=keripik-uji", admin)
        expect(data.products).toEqual([])
      })

      it("refuses to republish a product whose registration was removed, and says why", async () => {
        const { product } = quietFoodSku()
        const productId = await productIdOf(product.handle)
        const { data: certificates } = await api.get(
          `/admin/certificates?product_id=${productId}`,
          admin,
        )
        const registration = certificates.certificates.find((c: { type: string }) =>
          ["pirt", "bpom_md"].includes(c.type),
        )
        await api.post(`/admin/products/${productId}`, { status: "draft" }, admin)
        await api.delete(`/admin/certificates/${registration.id}`, admin)

        const refused = await api
          .post(`/admin/products/${productId}`, { status: "published" }, admin)
          .catch(failure)
        expect(refused.status).toEqual(400)
        expect(refused.data.message).toContain("Izin edar pangan")
        const { data: after } = await api.get(
          `/admin/products/${productId}?fields=status`,
          admin,
        )
        expect(after.product.status).toEqual("draft")

        const { data: quality } = await api.get(
          `/admin/products/${productId}/quality`,
          admin,
        )
        expect(quality.quality.standard_met).toBe(false)
        expect(quality.quality.unmet.map((u: { code: string }) => u.code)).toEqual([
          "certificate_missing",
        ])
      })
    })

    describe("quality standards", () => {
      it("are created, changed and removed, with bad checklists refused", async () => {
        const created = await api.post(
          "/admin/quality-standards",
          {
            code: "uji_kerajinan",
            name: "Standar Uji",
            product_type: "craft",
            category_handles: [],
            certificate_requirements: { requirements: [] },
            label_fields: ["care"],
            checklist: { items: [{ key: "rapi", label: "Rapi" }] },
            requires_inspection: false,
          },
          admin,
        )
        expect(created.status).toEqual(201)
        const id = created.data.quality_standard.id
        const duplicate = await api
          .post(
            `/admin/quality-standards/${id}`,
            {
              checklist: {
                items: [
                  { key: "a", label: "A" },
                  { key: "a", label: "B" },
                ],
              },
            },
            admin,
          )
          .catch(failure)
        expect(duplicate.status).toEqual(400)
        expect(duplicate.data.message).toContain("checklist")

        const renamed = await api.post(
          `/admin/quality-standards/${id}`,
          { name: "Standar Uji Baru", label_fields: ["care", "finish"] },
          admin,
        )
        expect(renamed.data.quality_standard).toMatchObject({
          code: "uji_kerajinan",
          name: "Standar Uji Baru",
          label_fields: ["care", "finish"],
        })
        const deleted = await api.delete(`/admin/quality-standards/${id}`, admin)
        expect(deleted.data).toEqual({ id, object: "quality_standard", deleted: true })
        const gone = await api.get(`/admin/quality-standards/${id}`, admin).catch(failure)
        expect(gone.status).toEqual(404)
        const { data: list } = await api.get("/admin/quality-standards", admin)
        expect(
          list.quality_standards.map((s: { code: string }) => s.code).sort(),
        ).toEqual(["hasil-bengkel-kerja", "kerajinan-tangan", "pangan-olahan"])
      })
    })

    describe("certificates", () => {
      it.each([
        [{ type: "pirt", number: "12345" }, "number"],
        [
          { type: "pirt", valid_from: "2026-01-01", valid_until: "2025-01-01" },
          "valid_until",
        ],
        [
          { type: "pirt", valid_from: "2024-01-01", valid_until: "2030-01-02" },
          "valid_until",
        ],
        [{ type: "bpom_md", number: "ML 12345" }, "number"],
        [{ type: "halal", number: "HALAL-1" }, "number"],
        [{ type: "non_halal_declaration", number: "-", valid_until: null }, "notes"],
        [{ workshop_id: "wks_x" }, "product_id"],
        [{ valid_from: "kemarin" }, "valid_from"],
        [{ type: "iso" }, "type"],
      ])("refuses %j with a 400 naming %s", async (override, field) => {
        const productId = await productIdOf(quietFoodSku().product.handle)
        const before = await api.get(`/admin/certificates?product_id=${productId}`, admin)
        const response = await api
          .post(
            "/admin/certificates",
            {
              type: "pirt",
              number: "2063571010123-27",
              issuer: "Dinas Kesehatan Kota Uji",
              valid_from: "2025-01-01",
              valid_until: "2029-12-31",
              product_id: productId,
              ...override,
            },
            admin,
          )
          .catch(failure)
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain(field)
        const after = await api.get(`/admin/certificates?product_id=${productId}`, admin)
        expect(after.data.count).toEqual(before.data.count)
      })
    })

    describe("inspections", () => {
      it("must answer the checklist exactly, and a failed one takes the batch off sale", async () => {
        const { variant } = quietFoodSku()
        const { id: variantId } = await variantBySku(variant.sku)
        const [older] = await batchesOf(variantId)
        const { data: history } = await api.get(
          `/admin/batches/${older.id}/inspections`,
          admin,
        )
        expect(history.inspections.length).toBeGreaterThan(0)
        const keys = history.checklist.items.map((item: { key: string }) => item.key)

        const missing = await api
          .post(
            `/admin/batches/${older.id}/inspections`,
            { results: [{ key: keys[0], passed: true }] },
            admin,
          )
          .catch(failure)
        expect(missing.status).toEqual(400)
        expect(missing.data.message).toContain("results")
        const unknown = await api
          .post(
            `/admin/batches/${older.id}/inspections`,
            {
              results: [...keys, "warna_pelangi"].map((key: string) => ({
                key,
                passed: true,
              })),
            },
            admin,
          )
          .catch(failure)
        expect(unknown.status).toEqual(400)
        expect(unknown.data.message).toContain("warna_pelangi")

        const failed = await api.post(
          `/admin/batches/${older.id}/inspections`,
          {
            results: keys.map((key: string, i: number) => ({ key, passed: i !== 1 })),
            notes: "Uji",
          },
          admin,
        )
        expect(failed.status).toEqual(201)
        expect(failed.data.inspection.passed).toBe(false)
        expect(failed.data.inspection.inspector_id).toMatch(/^user_/)
        const { data: quality } = await api.get(
          `/admin/products/${variant && (await variantBySku(variant.sku)).product_id}/quality`,
          admin,
        )
        const judged = quality.quality.batches.find(
          (b: { id: string }) => b.id === older.id,
        )
        expect(judged).toMatchObject({ sellable: false, reason: "failed_inspection" })
        // The newer batch still passes, so the product still meets its standard.
        expect(quality.quality.standard_met).toBe(true)
      })
    })

    describe("sale gate", () => {
      it("refuses to sell units that only a recalled batch holds", async () => {
        const { variant } = quietFoodSku()
        const { id: variantId } = await variantBySku(variant.sku)
        const [older, newer] = await batchesOf(variantId)
        await api.post(
          `/admin/batches/${older.id}/recall`,
          { reason: "Uji penarikan" },
          admin,
        )

        const { data: regions } = await api.get("/store/regions", store)
        const { data: created } = await api.post(
          "/store/carts",
          { region_id: regions.regions[0].id },
          store,
        )
        const cartId = created.cart.id
        const tooMany = await api
          .post(
            `/store/carts/${cartId}/line-items`,
            { variant_id: variantId, quantity: newer.quantity + 1 },
            store,
          )
          .catch(failure)
        expect(tooMany.status).toEqual(400)
        expect(tooMany.data.message).toContain(`only ${newer.quantity} can be sold`)
        expect(tooMany.data.message).toContain("recalled")

        const fine = await api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: variantId, quantity: newer.quantity },
          store,
        )
        expect(fine.data.cart.items[0].quantity).toEqual(newer.quantity)

        // Blocked after the items went in: completing is refused too.
        const ready = await prepareCart(api, store, {
          items: [{ variant_id: variantId, quantity: 1 }],
        })
        await api.post(
          `/admin/batches/${newer.id}/recall`,
          { reason: "Uji penarikan" },
          admin,
        )
        const completed = await api
          .post(`/store/carts/${ready}/complete`, {}, store)
          .catch(failure)
        expect(completed.status).toEqual(400)
        expect(completed.data.message).toContain("only 0 can be sold")
      })

      it("attributes a sale to the first-expiring sellable batch, skipping a failed one", async () => {
        const { id: variantId } = await variantBySku(
          DEMO_QUALITY_EXCEPTIONS.failed_inspection_sku,
        )
        const [failedBatch, good] = await batchesOf(variantId)
        const order = await placeOrder(api, store, {
          items: [{ variant_id: variantId, quantity: 2 }],
        })
        const { data } = await api.get(
          `/admin/orders/${order.id}?fields=payment_collections.payments.id`,
          admin,
        )
        await api.post(
          `/admin/payments/${data.order.payment_collections[0].payments[0].id}/capture`,
          {},
          admin,
        )
        const impact: ImpactModuleService = getContainer().resolve(IMPACT_MODULE)
        const entries = await eventually(async () => {
          const found = await impact.listImpactEntries({ order_id: order.id })
          return found.length ? found : undefined
        })
        expect(entries.map((entry) => entry.batch_id)).toEqual([good.id])
        expect(entries.map((entry) => entry.batch_id)).not.toContain(failedBatch.id)
      })
    })

    describe("recall", () => {
      it("blocks the batch and lists the orders and buyers that received it", async () => {
        const demo = DEMO_ORDERS[0]
        const { id: variantId } = await variantBySku(demo.items[0].sku)
        const impact: ImpactModuleService = getContainer().resolve(IMPACT_MODULE)
        const entries = await impact.listImpactEntries({ variant_id: variantId })
        const batchId = entries.find((entry) => entry.batch_id)!.batch_id!

        const response = await api.post(
          `/admin/batches/${batchId}/recall`,
          { reason: "Kemasan bocor ditemukan pada pemeriksaan ulang" },
          admin,
        )
        expect(response.data.batch).toMatchObject({ id: batchId, status: "recalled" })
        expect(response.data.affected_orders).toEqual([
          expect.objectContaining({ email: demo.email, units: demo.items[0].quantity }),
        ])

        const { data: lookedUp } = await api.get(
          `/admin/batches/${batchId}/recall`,
          admin,
        )
        expect(lookedUp.affected_orders).toEqual(response.data.affected_orders)

        const again = await api
          .post(`/admin/batches/${batchId}/recall`, { reason: "Lagi" }, admin)
          .catch(failure)
        expect(again.status).toEqual(400)
        const empty = await api
          .post(`/admin/batches/${batchId}/recall`, { reason: "" }, admin)
          .catch(failure)
        expect(empty.status).toEqual(400)
        expect(empty.data.message).toContain("reason")
        const reopen = await api
          .post(`/admin/batches/${batchId}`, { status: "active" }, admin)
          .catch(failure)
        expect(reopen.status).toEqual(400)
        expect(reopen.data.message).toContain("status")
      })
    })

    describe("expiry watch", () => {
      it("warns staff of a certificate lapsing within 30 days and changes nothing yet", async () => {
        const container = getContainer()
        const { result } = await watchExpiryWorkflow(container).run({
          input: { now: daysFromNow(2) },
        })
        expect(result.unpublished_product_ids).toEqual([])
        expect(result.warnings.certificates.length).toBeGreaterThan(0)
        const notifications = await container
          .resolve(Modules.NOTIFICATION)
          .listNotifications({ channel: "feed" })
        expect(
          notifications.map((n) => (n.data as { title: string }).title).join(),
        ).toContain("Mutu")
      })

      it("with the clock past a certificate's validity, unpublishes its product and blocks expired batches", async () => {
        const container = getContainer()
        const lapsedId = await productIdOf(EXPIRING_SOON_HANDLE)
        const { result } = await watchExpiryWorkflow(container).run({
          input: { now: daysFromNow(26) },
        })
        expect(result.unpublished_product_ids).toEqual([lapsedId])
        const { data } = await api.get(`/admin/products/${lapsedId}?fields=status`, admin)
        expect(data.product.status).toEqual("draft")

        const later = await watchExpiryWorkflow(container).run({
          input: { now: daysFromNow(800) },
        })
        expect(later.result.expired_batch_ids.length).toBeGreaterThan(0)
        const { data: batches } = await api.get(
          `/admin/batches?status=expired&limit=100`,
          admin,
        )
        expect(batches.count).toEqual(later.result.expired_batch_ids.length)
      })
    })

    describe("public quality", () => {
      it("lets product responses carry the public quality summary and nothing else of it", async () => {
        const { data } = await api.get(
          "/store/products?limit=3&fields=handle,product_quality.standard_met,product_quality.certificates,product_quality.unmet,product_quality.evaluated_at,product_quality.*",
          store,
        )
        for (const product of data.products) {
          // product_id is the join key the query adds: the product's own id.
          expect(Object.keys(product.product_quality).sort()).toEqual(
            ["certificates", "product_id", "standard_met"].sort(),
          )
          expect(product.product_quality.standard_met).toBe(true)
        }
      })

      it("shows a batch's quality on its provenance page and nothing private", async () => {
        const { variant } = quietFoodSku()
        const { id: variantId } = await variantBySku(variant.sku)
        const [batch] = await batchesOf(variantId)
        const { data } = await api.get(`/store/provenance/${batch.code}`, store)
        expect(data.provenance.quality).toMatchObject({
          standard_name: "Standar Pangan Olahan Rumah Tangga",
          standard_met: true,
          sellable: true,
          last_inspection_passed: true,
        })
        for (const certificate of data.provenance.quality.certificates) {
          expect(Object.keys(certificate).sort()).toEqual(
            [
              "holder_type",
              "issuer",
              "number",
              "type",
              "valid_from",
              "valid_until",
            ].sort(),
          )
        }
        expect(JSON.stringify(data)).not.toMatch(/inspector|user_/)
      })
    })
  },
})

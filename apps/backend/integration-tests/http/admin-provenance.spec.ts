import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from "pdf-lib"
import { seedDemoData } from "../../src/scripts/seed"
import { FACILITIES, PRODUCTS } from "../../src/scripts/seed-data"
import { createProductionBatchesWorkflow } from "../../src/workflows/provenance/workflows/create-production-batches"
import { adminHeaders } from "../utils/auth"

type ErrorResponse = { status: number; data: { message: string } }
const failure = (error: { response: ErrorResponse }) => error.response

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      await seedDemoData(getContainer())
    })

    beforeEach(async () => {
      admin = await adminHeaders(api)
    })

    /** A seeded variant, the workshop that makes it and its facility's stock location. */
    async function seededVariant(sku = PRODUCTS[0].variants[0].sku) {
      const { data } = await api.get(
        `/admin/product-variants?sku=${sku}&fields=id,product_id,inventory_items.inventory_item_id`,
        admin,
      )
      const variant = data.variants[0]
      const { data: product } = await api.get(
        `/admin/products/${variant.product_id}?fields=id,workshop.id,workshop.facility.id`,
        admin,
      )
      const { data: facility } = await api.get(
        `/admin/facilities/${product.product.workshop.facility.id}`,
        admin,
      )
      return {
        variantId: variant.id as string,
        productId: variant.product_id as string,
        inventoryItemId: variant.inventory_items[0].inventory_item_id as string,
        workshopId: product.product.workshop.id as string,
        locationId: facility.facility.stock_location.id as string,
      }
    }

    async function stockedAt(inventoryItemId: string, locationId: string) {
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const [level] = await inventory.listInventoryLevels({
        inventory_item_id: inventoryItemId,
        location_id: locationId,
      })
      return Number(level?.stocked_quantity ?? 0)
    }

    describe("authentication", () => {
      it.each([
        "/admin/facilities",
        "/admin/workshops",
        "/admin/batches",
        "/admin/impact",
      ])("refuses %s without a staff token", async (path) => {
        const response = await api.get(path).catch(failure)
        expect(response.status).toEqual(401)
      })
    })

    describe("facilities", () => {
      it("lists the seeded facilities with their shares and stock location", async () => {
        const { data } = await api.get("/admin/facilities", admin)
        expect(data.count).toEqual(FACILITIES.length)
        for (const facility of data.facilities) {
          expect(facility.makers_share_bps).toEqual(5000)
          expect(facility.capital_share_bps).toEqual(3500)
          expect(facility.state_revenue_share_bps).toEqual(1500)
          expect(facility.stock_location.id).toMatch(/^sloc_/)
        }
      })

      it("creates a facility on a free stock location and updates its shares", async () => {
        const { data: location } = await api.post(
          "/admin/stock-locations",
          { name: "Gudang Lapas Uji" },
          admin,
        )
        const created = await api.post(
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
        expect(created.status).toEqual(201)
        expect(created.data.facility).toMatchObject({
          handle: "lapas-uji",
          makers_share_bps: 5000,
          stock_location: { id: location.stock_location.id },
        })

        const id = created.data.facility.id
        const updated = await api.post(
          `/admin/facilities/${id}`,
          {
            makers_share_bps: 6000,
            capital_share_bps: 3000,
            state_revenue_share_bps: 1000,
          },
          admin,
        )
        expect(updated.data.facility).toMatchObject({
          makers_share_bps: 6000,
          capital_share_bps: 3000,
          state_revenue_share_bps: 1000,
        })

        const taken = await api
          .post(
            "/admin/facilities",
            {
              handle: "lapas-uji-dua",
              name: "Lapas Uji Dua",
              city: "Kota Uji",
              province: "Jawa Barat",
              stock_location_id: location.stock_location.id,
            },
            admin,
          )
          .catch(failure)
        expect(taken.status).toEqual(400)
        expect(taken.data.message).toContain("stock_location_id")
      })

      it.each([
        [
          {
            makers_share_bps: 6000,
            capital_share_bps: 3000,
            state_revenue_share_bps: 500,
          },
          "10000",
        ],
        [{ makers_share_bps: 6000 }, "capital_share_bps"],
        [
          {
            makers_share_bps: -1,
            capital_share_bps: 9001,
            state_revenue_share_bps: 1000,
          },
          "makers_share_bps",
        ],
        [{ name: "" }, "name"],
        [{ handle: "new-handle" }, "handle"],
      ])("refuses the update %j with a 400 naming %s", async (body, field) => {
        const { data } = await api.get("/admin/facilities?limit=1", admin)
        const facility = data.facilities[0]
        const response = await api
          .post(`/admin/facilities/${facility.id}`, body, admin)
          .catch(failure)
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain(field)
        const { data: after } = await api.get(`/admin/facilities/${facility.id}`, admin)
        expect(after.facility).toEqual(facility)
      })

      it("answers 404 for an unknown facility", async () => {
        const response = await api
          .get("/admin/facilities/fac_unknown", admin)
          .catch(failure)
        expect(response.status).toEqual(404)
        expect(response.data.message).toContain("fac_unknown")
      })
    })

    describe("workshops", () => {
      it("creates a workshop for a facility and edits its aggregate figures", async () => {
        const { data } = await api.get("/admin/facilities?limit=1", admin)
        const facilityId = data.facilities[0].id
        const created = await api.post(
          "/admin/workshops",
          {
            handle: "bengkel-uji",
            name: "Bengkel Uji",
            craft_type: "Sablon",
            facility_id: facilityId,
            maker_count: 8,
          },
          admin,
        )
        expect(created.status).toEqual(201)
        expect(created.data.workshop).toMatchObject({
          handle: "bengkel-uji",
          maker_count: 8,
          training_hours: 0,
          facility: { id: facilityId },
        })
        const updated = await api.post(
          `/admin/workshops/${created.data.workshop.id}`,
          { maker_count: 10, training_hours: 120 },
          admin,
        )
        expect(updated.data.workshop).toMatchObject({
          maker_count: 10,
          training_hours: 120,
        })

        const listed = await api.get(`/admin/workshops?facility_id=${facilityId}`, admin)
        expect(listed.data.workshops.map((w: { id: string }) => w.id)).toContain(
          created.data.workshop.id,
        )
        expect(
          listed.data.workshops.every(
            (w: { facility: { id: string } }) => w.facility.id === facilityId,
          ),
        ).toBe(true)
      })

      it("refuses a product that another workshop already makes, and creates nothing", async () => {
        const { productId } = await seededVariant()
        const { data: facilities } = await api.get("/admin/facilities?limit=1", admin)
        const response = await api
          .post(
            "/admin/workshops",
            {
              handle: "bengkel-rebutan",
              name: "Bengkel Rebutan",
              craft_type: "Olahan",
              facility_id: facilities.facilities[0].id,
              product_ids: [productId],
            },
            admin,
          )
          .catch(failure)
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain("product_ids")
        const { data } = await api.get("/admin/workshops?q=Rebutan", admin)
        expect(data.count).toEqual(0)
      })

      it.each([
        [{ facility_id: "fac_missing" }, "facility_id"],
        [{ maker_count: -3 }, "maker_count"],
        [{ maker_count: 2.5 }, "maker_count"],
        [{ photo_urls: ["not a url"] }, "photo_urls"],
        [{ inmate_names: ["x"] }, "inmate_names"],
      ])("refuses %j with a 400 naming %s", async (override, field) => {
        const { data } = await api.get("/admin/facilities?limit=1", admin)
        const response = await api
          .post(
            "/admin/workshops",
            {
              handle: "bengkel-salah",
              name: "Bengkel Salah",
              craft_type: "Kayu",
              facility_id: data.facilities[0].id,
              ...override,
            },
            admin,
          )
          .catch(failure)
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain(field)
      })
    })

    describe("POST /admin/workshops/:id/products", () => {
      it("moves a product to another workshop in one change", async () => {
        const { productId, workshopId } = await seededVariant()
        const { data } = await api.get("/admin/workshops?limit=100", admin)
        const other = data.workshops.find((w: { id: string }) => w.id !== workshopId)

        const taken = await api
          .post(`/admin/workshops/${other.id}/products`, { add: [productId] }, admin)
          .catch(failure)
        expect(taken.status).toEqual(400)
        expect(taken.data.message).toContain("already made by workshop")

        await api.post(
          `/admin/workshops/${workshopId}/products`,
          { remove: [productId] },
          admin,
        )
        const moved = await api.post(
          `/admin/workshops/${other.id}/products`,
          { add: [productId] },
          admin,
        )
        expect(moved.data.workshop.products.map((p: { id: string }) => p.id)).toContain(
          productId,
        )
        const { data: product } = await api.get(
          `/admin/products/${productId}?fields=id,workshop.id`,
          admin,
        )
        expect(product.product.workshop.id).toEqual(other.id)
      })

      it.each([
        [{ add: ["prod_missing"] }, "add"],
        [{ remove: ["prod_missing"] }, "remove"],
        [{ add: "prod_1" }, "add"],
        [{ replace: [] }, "replace"],
      ])("refuses %j with a 400 naming %s", async (body, field) => {
        const { workshopId } = await seededVariant()
        const response = await api
          .post(`/admin/workshops/${workshopId}/products`, body, admin)
          .catch(failure)
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain(field)
      })

      it("answers 404 for an unknown workshop", async () => {
        const response = await api
          .post("/admin/workshops/wks_missing/products", { add: [] }, admin)
          .catch(failure)
        expect(response.status).toEqual(404)
      })
    })

    describe("production batches", () => {
      it("creates a batch with a printable code and adds its quantity to the facility's stock", async () => {
        const target = await seededVariant()
        const before = await stockedAt(target.inventoryItemId, target.locationId)
        const response = await api.post(
          "/admin/batches",
          {
            workshop_id: target.workshopId,
            variant_id: target.variantId,
            quantity: 25,
            produced_at: "2026-11-20T08:00:00.000Z",
            best_before: "2027-04-20T00:00:00.000Z",
            expires_at: "2027-05-20T00:00:00.000Z",
          },
          admin,
        )
        expect(response.status).toEqual(201)
        const batch = response.data.batch
        expect(batch.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/)
        expect(batch).toMatchObject({
          quantity: 25,
          status: "active",
          variant_id: target.variantId,
          product_id: target.productId,
          workshop: { id: target.workshopId },
          product_variant: { id: target.variantId },
        })
        expect(await stockedAt(target.inventoryItemId, target.locationId)).toEqual(
          before + 25,
        )

        const listed = await api.get(
          `/admin/batches?product_id=${target.productId}`,
          admin,
        )
        expect(listed.data.batches.map((b: { code: string }) => b.code)).toContain(
          batch.code,
        )
        const byCode = await api.get(
          `/admin/batches?code=${batch.code.toLowerCase()}`,
          admin,
        )
        expect(byCode.data.batches.map((b: { id: string }) => b.id)).toEqual([batch.id])
      })

      it("changes a batch's status but never its quantity", async () => {
        const { data } = await api.get("/admin/batches?limit=1", admin)
        const batch = data.batches[0]
        const updated = await api.post(
          `/admin/batches/${batch.id}`,
          { status: "on_hold" },
          admin,
        )
        expect(updated.data.batch.status).toEqual("on_hold")
        const refused = await api
          .post(`/admin/batches/${batch.id}`, { quantity: 1 }, admin)
          .catch(failure)
        expect(refused.status).toEqual(400)
        expect(refused.data.message).toContain("quantity")
        const tooEarly = await api
          .post(`/admin/batches/${batch.id}`, { expires_at: "2000-01-01" }, admin)
          .catch(failure)
        expect(tooEarly.status).toEqual(400)
        expect(tooEarly.data.message).toContain("expires_at")
        const { data: after } = await api.get(`/admin/batches/${batch.id}`, admin)
        expect(after.batch.expires_at).toEqual(updated.data.batch.expires_at)
      })

      it.each([
        [{ quantity: 0 }, "quantity"],
        [{ quantity: -5 }, "quantity"],
        [{ quantity: 1.5 }, "quantity"],
        [{ quantity: "abc" }, "quantity"],
        [{ produced_at: "not a date" }, "produced_at"],
        [{ expires_at: "2020-01-01T00:00:00.000Z" }, "expires_at"],
        [{ variant_id: "variant_missing" }, "variant_id"],
        [{ workshop_id: "wks_missing" }, "workshop_id"],
      ])(
        "refuses %j with a 400 naming %s and changes no stock",
        async (override, field) => {
          const target = await seededVariant()
          const before = await stockedAt(target.inventoryItemId, target.locationId)
          const { data: batchesBefore } = await api.get("/admin/batches?limit=1", admin)
          const response = await api
            .post(
              "/admin/batches",
              {
                workshop_id: target.workshopId,
                variant_id: target.variantId,
                quantity: 5,
                produced_at: "2026-11-20T08:00:00.000Z",
                ...override,
              },
              admin,
            )
            .catch(failure)
          expect(response.status).toEqual(400)
          expect(response.data.message).toContain(field)
          expect(await stockedAt(target.inventoryItemId, target.locationId)).toEqual(
            before,
          )
          const { data: batchesAfter } = await api.get("/admin/batches?limit=1", admin)
          expect(batchesAfter.count).toEqual(batchesBefore.count)
        },
      )

      it("refuses a variant whose product another workshop makes", async () => {
        const ours = await seededVariant(PRODUCTS[0].variants[0].sku)
        const other = PRODUCTS.find(
          (product) => product.facility !== PRODUCTS[0].facility,
        )!.variants[0].sku
        const theirs = await seededVariant(other)
        const response = await api
          .post(
            "/admin/batches",
            {
              workshop_id: ours.workshopId,
              variant_id: theirs.variantId,
              quantity: 5,
              produced_at: "2026-11-20T08:00:00.000Z",
            },
            admin,
          )
          .catch(failure)
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain("not made by workshop")
      })

      it("leaves no batch and no stock behind when adding the stock fails", async () => {
        const container = getContainer()
        const target = await seededVariant()
        const before = await stockedAt(target.inventoryItemId, target.locationId)
        const { data: batchesBefore } = await api.get("/admin/batches?limit=1", admin)
        const inventory = container.resolve(Modules.INVENTORY)
        const adjust = vi
          .spyOn(inventory, "updateInventoryLevels")
          .mockRejectedValueOnce(new Error("stock service unavailable"))
        try {
          const { errors } = await createProductionBatchesWorkflow(container).run({
            input: {
              batches: [
                {
                  workshop_id: target.workshopId,
                  variant_id: target.variantId,
                  quantity: 40,
                  produced_at: new Date(),
                },
              ],
            },
            throwOnError: false,
          })
          expect(errors[0].error.message).toContain("stock service unavailable")
        } finally {
          adjust.mockRestore()
        }
        expect(await stockedAt(target.inventoryItemId, target.locationId)).toEqual(before)
        const { data: batchesAfter } = await api.get("/admin/batches?limit=1", admin)
        expect(batchesAfter.count).toEqual(batchesBefore.count)
      })

      it("prints a PDF label whose QR link opens the batch's storefront page", async () => {
        const { data } = await api.get("/admin/batches?limit=1", admin)
        const batch = data.batches[0]
        const response = await api.get(`/admin/batches/${batch.id}/label`, {
          ...admin,
          responseType: "arraybuffer",
        })
        expect(response.status).toEqual(200)
        expect(response.headers["content-type"]).toContain("application/pdf")
        const pdf = await PDFDocument.load(response.data)
        expect(pdf.getPageCount()).toEqual(1)
        const links = pdf
          .getPage(0)
          .node.Annots()
          ?.asArray()
          .map((ref) => pdf.context.lookup(ref, PDFDict).lookup(PDFName.of("A"), PDFDict))
          .map((action) =>
            action.lookup(PDFName.of("URI"), PDFString, PDFHexString).decodeText(),
          )
        const storefront = (
          process.env.STOREFRONT_URL ?? "http://localhost:8000"
        ).replace(/\/+$/, "")
        expect(links).toEqual([`${storefront}/p/${batch.code}`])
      })

      it("answers 404 for the label of an unknown batch", async () => {
        const response = await api
          .get("/admin/batches/pbat_unknown/label", admin)
          .catch(failure)
        expect(response.status).toEqual(404)
      })
    })

    describe("GET /admin/impact", () => {
      it("reports the demo orders per workshop and month, split exactly", async () => {
        const { data } = await api.get("/admin/impact", admin)
        expect(data.rows.length).toBeGreaterThan(0)
        for (const row of [...data.rows, data.totals]) {
          expect(
            row.makers_amount + row.capital_amount + row.state_revenue_amount,
          ).toEqual(row.line_total)
        }
        expect(data.rows[0]).toMatchObject({
          month: expect.stringMatching(/^\d{4}-\d{2}$/),
          workshop_name: expect.any(String),
          facility_name: expect.any(String),
        })
        const future = await api.get("/admin/impact?from=2999-01", admin)
        expect(future.data.rows).toEqual([])
      })

      it.each([
        ["from=2026-13", "from"],
        ["to=26-01", "to"],
        ["from=2026-05&to=2026-01", "from"],
        ["month=2026-01", "month"],
      ])("refuses ?%s with a 400 naming %s", async (params, field) => {
        const response = await api.get(`/admin/impact?${params}`, admin).catch(failure)
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain(field)
      })
    })
  },
})

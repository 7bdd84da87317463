import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ProductStatus } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { seedDemoData } from "../../src/scripts/seed"
import { FACILITIES, PRODUCTS, WORKSHOPS, workshopOf } from "../../src/scripts/seed-data"
import { allowed, keyPaths } from "../utils/key-paths"

type ErrorResponse = { status: number; data: { message: string } }
const failure = (error: { response: ErrorResponse }) => error.response

const FACILITY_KEYS = ["id", "handle", "name", "city", "province", "story"]
const WORKSHOP_KEYS = [
  "id",
  "handle",
  "name",
  "craft_type",
  "story",
  "photo_urls",
  "maker_count",
  "training_hours",
]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }

    beforeAll(async () => {
      const { publishableKey } = await seedDemoData(getContainer())
      headers = { headers: { "x-publishable-api-key": publishableKey } }
    })

    describe("GET /store/facilities", () => {
      it("lists every facility with its workshops and nothing else", async () => {
        const response = await api.get("/store/facilities", headers)
        expect(response.status).toEqual(200)
        expect(response.data.count).toEqual(FACILITIES.length)
        const handles = response.data.facilities.map((f: { handle: string }) => f.handle)
        expect(handles.sort()).toEqual(FACILITIES.map((f) => f.handle).sort())

        const jepara = response.data.facilities.find(
          (f: { handle: string }) => f.handle === "lapas-jepara",
        )
        expect(jepara.workshops.map((w: { handle: string }) => w.handle).sort()).toEqual(
          WORKSHOPS.filter((w) => w.facility === "lapas-jepara")
            .map((w) => w.handle)
            .sort(),
        )

        const permitted = new Set([
          "facilities",
          "count",
          "limit",
          "offset",
          ...allowed("facilities[]", FACILITY_KEYS),
          ...allowed("facilities[].workshops", []),
          ...allowed("facilities[].workshops[]", [
            "id",
            "handle",
            "name",
            "craft_type",
            "maker_count",
            "training_hours",
          ]),
        ])
        expect([...keyPaths(response.data)].filter((p) => !permitted.has(p))).toEqual([])
      })

      it("pages with limit and offset", async () => {
        const response = await api.get("/store/facilities?limit=1&offset=1", headers)
        expect(response.data.facilities).toHaveLength(1)
        expect(response.data.count).toEqual(FACILITIES.length)
      })

      it.each([
        ["limit=abc", "limit"],
        ["limit=0", "limit"],
        ["offset=-1", "offset"],
        ["order=name", "order"],
      ])("answers ?%s with a 400 naming %s", async (search, field) => {
        const response = await api
          .get(`/store/facilities?${search}`, headers)
          .catch(failure)
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain(field)
      })
    })

    describe("GET /store/facilities/:handle", () => {
      it("shows one facility", async () => {
        const response = await api.get("/store/facilities/rutan-bengkulu", headers)
        expect(response.data.facility.name).toEqual("Rutan Kelas IIB Bengkulu")
        expect(response.data.facility.workshops.length).toBeGreaterThan(0)
      })

      it("answers an unknown handle with a 404 that names it", async () => {
        const response = await api
          .get("/store/facilities/tidak-ada", headers)
          .catch(failure)
        expect(response.status).toEqual(404)
        expect(response.data.message).toEqual(
          'Facility with handle "tidak-ada" was not found',
        )
      })
    })

    describe("GET /store/workshops", () => {
      it("filters by facility handle", async () => {
        const response = await api.get("/store/workshops?facility=lapas-jepara", headers)
        expect(response.data.workshops.length).toEqual(
          WORKSHOPS.filter((w) => w.facility === "lapas-jepara").length,
        )
        for (const workshop of response.data.workshops) {
          expect(workshop.facility.handle).toEqual("lapas-jepara")
        }
      })

      it("lists all workshops with only public fields", async () => {
        const response = await api.get("/store/workshops", headers)
        expect(response.data.count).toEqual(WORKSHOPS.length)
        const permitted = new Set([
          "workshops",
          "count",
          "limit",
          "offset",
          ...allowed("workshops[]", [...WORKSHOP_KEYS, "facility", "facility_id"]),
          ...allowed("workshops[].photo_urls", []),
          ...allowed("workshops[].facility", [
            "id",
            "handle",
            "name",
            "city",
            "province",
          ]),
        ])
        expect([...keyPaths(response.data)].filter((p) => !permitted.has(p))).toEqual([])
      })

      it("refuses an unknown parameter with a 400 naming it", async () => {
        const response = await api
          .get("/store/workshops?maker_name=x", headers)
          .catch(failure)
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain("maker_name")
      })
    })

    describe("GET /store/workshops/:handle", () => {
      it("shows the workshop with the published products it makes", async () => {
        const response = await api.get("/store/workshops/ukir-jepara", headers)
        const made = PRODUCTS.filter((p) => workshopOf(p).handle === "ukir-jepara")
        const { workshop } = response.data
        expect(workshop.facility.handle).toEqual("lapas-jepara")
        expect(workshop.products.map((p: { handle: string }) => p.handle).sort()).toEqual(
          made.map((p) => p.handle).sort(),
        )
        const permitted = new Set([
          ...allowed("workshop", [
            ...WORKSHOP_KEYS,
            "facility",
            "facility_id",
            "products",
          ]),
          ...allowed("workshop.photo_urls", []),
          ...allowed("workshop.facility", ["id", "handle", "name", "city", "province"]),
          ...allowed("workshop.products[]", [
            "id",
            "handle",
            "title",
            "subtitle",
            "thumbnail",
          ]),
        ])
        expect([...keyPaths(response.data)].filter((p) => !permitted.has(p))).toEqual([])
      })

      it("hides a product that is no longer published", async () => {
        const made = PRODUCTS.filter((p) => workshopOf(p).handle === "ukir-jepara")
        const query = getContainer().resolve("query")
        const { data } = await query.graph({
          entity: "product",
          fields: ["id"],
          filters: { handle: made[0].handle },
        })
        await updateProductsWorkflow(getContainer()).run({
          input: {
            selector: { id: data[0].id },
            update: { status: ProductStatus.DRAFT },
          },
        })

        const response = await api.get("/store/workshops/ukir-jepara", headers)
        const handles = response.data.workshop.products.map(
          (p: { handle: string }) => p.handle,
        )
        expect(handles).not.toContain(made[0].handle)
        expect(handles).toHaveLength(made.length - 1)
      })

      it("answers an unknown handle with a 404", async () => {
        const response = await api
          .get("/store/workshops/tidak-ada", headers)
          .catch(failure)
        expect(response.status).toEqual(404)
        expect(response.data.message).toContain('"tidak-ada"')
      })
    })

    describe("store products", () => {
      it("can say which workshop and facility made them, and nothing private of them", async () => {
        const product = PRODUCTS[0]
        const response = await api.get(
          `/store/products?handle=${product.handle}&fields=handle,workshop.handle,workshop.name,workshop.facility.name`,
          headers,
        )
        const [listed] = response.data.products
        expect(listed.workshop.handle).toEqual(workshopOf(product).handle)
        expect(listed.workshop.facility.name).toEqual(
          FACILITIES.find((f) => f.handle === product.facility)!.name,
        )
      })

      it("never returns workshop or facility fields outside the public list", async () => {
        const response = await api.get(
          `/store/products?limit=3&fields=handle,workshop.handle,workshop.created_at,workshop.facility.updated_at`,
          headers,
        )
        expect(response.status).toEqual(200)
        const permitted = new Set([
          "products",
          "count",
          "limit",
          "offset",
          ...allowed("products[]", ["id", "handle", "workshop"]),
          ...allowed("products[].workshop", ["id", "handle"]),
        ])
        expect([...keyPaths(response.data)].filter((p) => !permitted.has(p))).toEqual([])
      })
    })

    describe("GET /store/provenance/:code", () => {
      async function seededBatch() {
        const query = getContainer().resolve("query")
        const { data } = await query.graph({
          entity: "production_batch",
          fields: ["code", "product_id"],
          filters: { product_id: (await productIdOf(PRODUCTS[0].handle))! },
        })
        return data[0] as { code: string; product_id: string }
      }

      async function productIdOf(handle: string) {
        const query = getContainer().resolve("query")
        const { data } = await query.graph({
          entity: "product",
          fields: ["id"],
          filters: { handle },
        })
        return data[0]?.id as string | undefined
      }

      it("shows what a batch is, when and where it was made, and nothing else", async () => {
        const batch = await seededBatch()
        const response = await api.get(`/store/provenance/${batch.code}`, headers)
        const { provenance } = response.data
        expect(provenance).toMatchObject({
          code: batch.code,
          status: "active",
          product: { id: batch.product_id, handle: PRODUCTS[0].handle },
          workshop: { handle: workshopOf(PRODUCTS[0]).handle },
          facility: { handle: PRODUCTS[0].facility },
        })
        expect(new Date(provenance.produced_at).getTime()).toBeLessThan(Date.now())
        // A processed food: it carries its dates.
        expect(new Date(provenance.expires_at).getTime()).toBeGreaterThan(
          new Date(provenance.produced_at).getTime(),
        )
        const permitted = new Set([
          ...allowed("provenance", [
            "code",
            "status",
            "produced_at",
            "best_before",
            "expires_at",
            "product",
            "variant",
            "workshop",
            "facility",
            "quality",
          ]),
          ...allowed("provenance.quality", [
            "standard_name",
            "standard_met",
            "certificates",
            "sellable",
            "last_inspection_at",
            "last_inspection_passed",
          ]),
          ...allowed("provenance.quality.certificates[]", [
            "type",
            "number",
            "issuer",
            "valid_from",
            "valid_until",
            "holder_type",
          ]),
          ...allowed("provenance.product", ["id", "handle", "title", "thumbnail"]),
          ...allowed("provenance.variant", ["id", "title"]),
          ...allowed("provenance.workshop", [
            "handle",
            "name",
            "craft_type",
            "story",
            "maker_count",
            "training_hours",
          ]),
          ...allowed("provenance.facility", ["handle", "name", "city", "province"]),
        ])
        expect([...keyPaths(response.data)].filter((p) => !permitted.has(p))).toEqual([])
      })

      it("reads a code typed in lower case", async () => {
        const batch = await seededBatch()
        const response = await api.get(
          `/store/provenance/${batch.code.toLowerCase()}`,
          headers,
        )
        expect(response.data.provenance.code).toEqual(batch.code)
      })

      it.each(["ZZZZZZZZZZ", "abc", "%27%20or%201%3D1"])(
        "answers the unknown code %s with a 404",
        async (code) => {
          const response = await api
            .get(`/store/provenance/${code}`, headers)
            .catch(failure)
          expect(response.status).toEqual(404)
          expect(response.data.message).toContain("No production batch has the code")
        },
      )
    })

    describe("GET /store/impact", () => {
      it("gives public aggregates per facility that add up", async () => {
        const response = await api.get("/store/impact", headers)
        const { impact } = response.data
        expect(impact.currency_code).toEqual("idr")
        expect(impact.facilities).toHaveLength(FACILITIES.length)
        // The demo orders are paid: the ledger holds their sales.
        expect(impact.units_sold).toBeGreaterThan(0)
        expect(impact.makers_amount).toBeGreaterThan(0)
        expect(impact.makers_amount).toBeLessThan(impact.sales_amount)
        expect(impact.active_workshops).toEqual(WORKSHOPS.length)
        for (const key of [
          "units_sold",
          "sales_amount",
          "makers_amount",
          "active_workshops",
        ]) {
          expect(
            impact.facilities.reduce(
              (sum: number, facility: Record<string, number>) => sum + facility[key],
              0,
            ),
          ).toEqual(impact[key])
        }
        const permitted = new Set([
          ...allowed("impact", [
            "currency_code",
            "units_sold",
            "sales_amount",
            "makers_amount",
            "active_workshops",
            "facilities",
          ]),
          ...allowed("impact.facilities[]", [
            "handle",
            "name",
            "city",
            "province",
            "units_sold",
            "sales_amount",
            "makers_amount",
            "active_workshops",
          ]),
        ])
        expect([...keyPaths(response.data)].filter((p) => !permitted.has(p))).toEqual([])
      })
    })

    describe("privacy across every public provenance route", () => {
      // Names of fields that would identify a person or expose internals.
      const FORBIDDEN =
        /(email|phone|first_name|last_name|address|nik\b|nip\b|inmate|narapidana|warga_binaan|prisoner|register|photo_of|face|share_bps|created_by|metadata|deleted_at)/i

      it("never answers with a forbidden field name", async () => {
        const query = getContainer().resolve("query")
        const { data: batches } = await query.graph({
          entity: "production_batch",
          fields: ["code"],
          pagination: { take: 5 },
        })
        const routes = [
          "/store/facilities",
          ...FACILITIES.map((facility) => `/store/facilities/${facility.handle}`),
          "/store/workshops",
          ...WORKSHOPS.map((workshop) => `/store/workshops/${workshop.handle}`),
          ...batches.map((batch) => `/store/provenance/${batch.code}`),
          "/store/impact",
          "/store/products?limit=50&fields=handle,workshop.*,workshop.facility.*,product_quality.*",
        ]
        for (const route of routes) {
          const response = await api.get(route, headers)
          expect(response.status).toEqual(200)
          const leaked = [...keyPaths(response.data)].filter((path) =>
            FORBIDDEN.test(path.split(".").pop()!),
          )
          expect({ route, leaked }).toEqual({ route, leaked: [] })
        }
      })
    })
  },
})

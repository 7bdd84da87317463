import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  createStep,
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { bankTransferOf, ORDER_PAYMENT_FIELDS } from "../../src/admin/lib/bank-transfer"
import { BANK_TRANSFER_PROVIDER_ID } from "../../src/lib/checkout-ids"
import { SHIPPING_RATES_MODULE } from "../../src/modules/shipping-rates"
import { DEFAULT_POLICY } from "../../src/modules/shipping-rates/quote"
import type ShippingRatesModuleService from "../../src/modules/shipping-rates/service"
import { demoAdmin } from "../../src/scripts/seed-data"
import { saveShippingPolicyStep } from "../../src/workflows/shipping-rates/steps/save-shipping-policy"
import { updateShippingRateStep } from "../../src/workflows/shipping-rates/steps/update-shipping-rate"
import { adminHeaders } from "../utils/auth"

type ErrorResponse = { status: number; data: { message: string } }
const failure = (error: { response: ErrorResponse }) => error.response

type Rate = {
  id: string
  origin_province: string
  destination_province: string
  courier_first_kg: number
  courier_next_kg: number
  freight_per_kg: number
  eta_min_days: number
  eta_max_days: number
  updated_at: string
}

const withoutStamp = ({ updated_at: _, ...rate }: Rate) => rate

const row = (origin: string, destination: string, price: number) => ({
  origin_province: origin,
  destination_province: destination,
  courier_first_kg: price,
  courier_next_kg: price / 2,
  freight_per_kg: price / 4,
  eta_min_days: 2,
  eta_max_days: 4,
})

// Created out of order, so the listing's order is the route's doing.
const ROWS = [
  row("Jawa Barat", "Papua", 60_000),
  row("DKI Jakarta", "Jawa Barat", 10_000),
  row("Jawa Barat", "Bali", 24_000),
  row("Jawa Barat", "DKI Jakarta", 12_000),
  row("DKI Jakarta", "Aceh", 36_000),
  row("Jawa Barat", "Jawa Barat", 8_000),
]

/** The head-office admin that `adminHeaders` signs in as, without seeding the catalog. */
async function createAdmin(container: MedusaContainer) {
  const { email, password } = demoAdmin()
  const auth = container.resolve(Modules.AUTH)
  const registered = await auth.register("emailpass", { body: { email, password } })
  await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId: registered.authIdentity!.id,
      userData: { email, first_name: "Admin", last_name: "Ongkir" },
    },
  })
}

const failAfterwards = createStep("fail-after-shipping-write", async () => {
  throw new Error("a later step failed")
})

const failingRateUpdate = createWorkflow(
  "test-failing-shipping-rate-update",
  (input: { id: string; data: { courier_first_kg: number } }) => {
    const updated = updateShippingRateStep(input)
    failAfterwards()
    return new WorkflowResponse(updated)
  },
)

const failingPolicySave = createWorkflow(
  "test-failing-shipping-policy-save",
  (input: { freight_minimum_kg: number }) => {
    const saved = saveShippingPolicyStep(input)
    failAfterwards()
    return new WorkflowResponse(saved)
  },
)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      await createAdmin(getContainer())
      const rates: ShippingRatesModuleService =
        getContainer().resolve(SHIPPING_RATES_MODULE)
      await rates.createShippingRates(ROWS)
    })

    beforeEach(async () => {
      admin = await adminHeaders(api)
    })

    async function rateBetween(origin: string, destination: string): Promise<Rate> {
      const { data } = await api.get(
        `/admin/shipping-rates?origin_province=${encodeURIComponent(origin)}&destination_province=${encodeURIComponent(destination)}`,
        admin,
      )
      return data.shipping_rates[0]
    }

    async function rateById(id: string): Promise<Rate> {
      const { data } = await api.get(`/admin/shipping-rates/${id}`, admin)
      return data.shipping_rate
    }

    const pair = (rate: Rate) => `${rate.origin_province} -> ${rate.destination_province}`

    describe("authentication", () => {
      it.each([
        ["get", "/admin/shipping-rates"],
        ["get", "/admin/shipping-policy"],
        ["post", "/admin/shipping-policy"],
        ["post", "/admin/shipping-rates/shrate_any"],
      ] as const)("refuses %s %s without a staff token", async (method, path) => {
        const response = await (
          method === "get" ? api.get(path) : api.post(path, { freight_minimum_kg: 5 })
        ).catch(failure)
        expect(response.status).toEqual(401)
      })
    })

    describe("listing rates", () => {
      it("orders every row by origin, then destination", async () => {
        const { data } = await api.get("/admin/shipping-rates", admin)
        expect(data.count).toEqual(ROWS.length)
        expect(data.limit).toEqual(20)
        expect(data.offset).toEqual(0)
        expect(data.shipping_rates.map(pair)).toEqual([
          "DKI Jakarta -> Aceh",
          "DKI Jakarta -> Jawa Barat",
          "Jawa Barat -> Bali",
          "Jawa Barat -> DKI Jakarta",
          "Jawa Barat -> Jawa Barat",
          "Jawa Barat -> Papua",
        ])
        expect(data.shipping_rates[0]).toMatchObject({
          id: expect.stringMatching(/^shrate_/),
          courier_first_kg: 36_000,
          courier_next_kg: 18_000,
          freight_per_kg: 9_000,
          eta_min_days: 2,
          eta_max_days: 4,
        })
      })

      it("filters by origin and destination in any spelling", async () => {
        const { data: fromJabar } = await api.get(
          "/admin/shipping-rates?origin_province=jawa%20%20BARAT",
          admin,
        )
        expect(fromJabar.count).toEqual(4)
        expect(fromJabar.shipping_rates.map(pair)).toEqual([
          "Jawa Barat -> Bali",
          "Jawa Barat -> DKI Jakarta",
          "Jawa Barat -> Jawa Barat",
          "Jawa Barat -> Papua",
        ])

        const { data: toJabar } = await api.get(
          "/admin/shipping-rates?destination_province=Jawa%20Barat",
          admin,
        )
        expect(toJabar.shipping_rates.map(pair)).toEqual([
          "DKI Jakarta -> Jawa Barat",
          "Jawa Barat -> Jawa Barat",
        ])

        const one = await rateBetween("dki jakarta", "aceh")
        expect(pair(one)).toEqual("DKI Jakarta -> Aceh")
      })

      it("pages through the rows", async () => {
        const { data } = await api.get(
          "/admin/shipping-rates?origin_province=Jawa%20Barat&limit=2&offset=1",
          admin,
        )
        expect(data).toMatchObject({ count: 4, limit: 2, offset: 1 })
        expect(data.shipping_rates.map(pair)).toEqual([
          "Jawa Barat -> DKI Jakarta",
          "Jawa Barat -> Jawa Barat",
        ])
      })

      it.each([
        ["origin_province=Atlantis", "origin_province"],
        ["destination_province=Jawa%20Barat%20Daya", "destination_province"],
        ["limit=abc", "limit"],
        ["limit=0", "limit"],
        ["offset=-1", "offset"],
        ["province=Bali", "province"],
      ])("answers 400 naming the parameter for ?%s", async (search, field) => {
        const response = await api
          .get(`/admin/shipping-rates?${search}`, admin)
          .catch(failure)
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain(field)
      })
    })

    describe("editing a rate", () => {
      it("changes the prices and delivery days of one row only", async () => {
        const before = await rateBetween("Jawa Barat", "Bali")
        const { data } = await api.post(
          `/admin/shipping-rates/${before.id}`,
          {
            courier_first_kg: 26_000,
            courier_next_kg: 13_000,
            freight_per_kg: 0,
            eta_min_days: 3,
            eta_max_days: 5,
          },
          admin,
        )
        expect(data.shipping_rate).toMatchObject({
          id: before.id,
          origin_province: "Jawa Barat",
          destination_province: "Bali",
          courier_first_kg: 26_000,
          courier_next_kg: 13_000,
          freight_per_kg: 0,
          eta_min_days: 3,
          eta_max_days: 5,
        })
        expect(await rateById(before.id)).toMatchObject(data.shipping_rate)

        const neighbour = await rateBetween("Jawa Barat", "DKI Jakarta")
        expect(neighbour.courier_first_kg).toEqual(12_000)
      })

      it("holds a single end of the delivery window against the stored other end", async () => {
        const rate = await rateBetween("Jawa Barat", "Papua")
        const { data } = await api.post(
          `/admin/shipping-rates/${rate.id}`,
          { eta_max_days: 2 },
          admin,
        )
        expect(data.shipping_rate).toMatchObject({ eta_min_days: 2, eta_max_days: 2 })
      })

      it.each([
        [{ courier_first_kg: -1 }, "courier_first_kg"],
        [{ courier_next_kg: 0.5 }, "courier_next_kg"],
        [{ freight_per_kg: "abc" }, "freight_per_kg"],
        [{ courier_first_kg: 100_000_001 }, "courier_first_kg"],
        [{ courier_next_kg: null }, "courier_next_kg"],
        [{ eta_min_days: 61 }, "eta_min_days"],
        [{ eta_max_days: -1 }, "eta_max_days"],
        [{ eta_min_days: 6, eta_max_days: 3 }, "eta_min_days"],
        [{ eta_min_days: 5 }, "eta_min_days"],
        [{ eta_max_days: 1 }, "eta_max_days"],
        [{ courier_first_kg: 9_000, eta_min_days: 9 }, "eta_min_days"],
        [{ origin_province: "Bali" }, "origin_province"],
        [{}, "courier_first_kg"],
      ])("refuses %j naming %s and leaves the row as it was", async (body, field) => {
        const before = await rateBetween("DKI Jakarta", "Jawa Barat")
        const response = await api
          .post(`/admin/shipping-rates/${before.id}`, body, admin)
          .catch(failure)
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain(field)
        expect(await rateById(before.id)).toEqual(before)
      })

      it("answers 404 for an unknown row", async () => {
        const response = await api
          .post("/admin/shipping-rates/shrate_missing", { courier_first_kg: 1 }, admin)
          .catch(failure)
        expect(response.status).toEqual(404)
        expect(response.data.message).toContain("shrate_missing")
        const read = await api
          .get("/admin/shipping-rates/shrate_missing", admin)
          .catch(failure)
        expect(read.status).toEqual(404)
      })

      it("puts the old values back when a later step of the workflow fails", async () => {
        const before = await rateBetween("Jawa Barat", "Jawa Barat")
        const { errors } = await failingRateUpdate(getContainer()).run({
          input: { id: before.id, data: { courier_first_kg: 99_000 } },
          throwOnError: false,
        })
        expect(errors).toHaveLength(1)
        // The restore is itself a write, so only updated_at may differ.
        expect(withoutStamp(await rateById(before.id))).toEqual(withoutStamp(before))
      })
    })

    describe("shipping policy", () => {
      it("answers the defaults until staff save one, then what was saved", async () => {
        const { data: defaults } = await api.get("/admin/shipping-policy", admin)
        expect(defaults.shipping_policy).toEqual({ id: null, ...DEFAULT_POLICY })

        const { data: created } = await api.post(
          "/admin/shipping-policy",
          { free_shipping_threshold: 250_000 },
          admin,
        )
        expect(created.shipping_policy).toEqual({
          ...DEFAULT_POLICY,
          id: expect.stringMatching(/^shpol_/),
          free_shipping_threshold: 250_000,
        })

        const { data: updated } = await api.post(
          "/admin/shipping-policy",
          { heavy_item_weight_grams: 15_000, freight_minimum_kg: 5 },
          admin,
        )
        expect(updated.shipping_policy).toEqual({
          id: created.shipping_policy.id,
          free_shipping_threshold: 250_000,
          heavy_item_weight_grams: 15_000,
          freight_minimum_kg: 5,
        })

        const { data: read } = await api.get("/admin/shipping-policy", admin)
        expect(read.shipping_policy).toEqual(updated.shipping_policy)
        const rates: ShippingRatesModuleService =
          getContainer().resolve(SHIPPING_RATES_MODULE)
        expect(await rates.listShippingPolicies()).toHaveLength(1)
      })

      it.each([
        [{ free_shipping_threshold: -5 }, "free_shipping_threshold"],
        [{ free_shipping_threshold: 1.5 }, "free_shipping_threshold"],
        [{ heavy_item_weight_grams: 999 }, "heavy_item_weight_grams"],
        [{ heavy_item_weight_grams: "20kg" }, "heavy_item_weight_grams"],
        [{ freight_minimum_kg: 0 }, "freight_minimum_kg"],
        [{ freight_minimum_kg: 1001 }, "freight_minimum_kg"],
        [{ courier_first_kg: 1 }, "courier_first_kg"],
        [{}, "free_shipping_threshold"],
      ])("refuses %j naming %s and saves nothing", async (body, field) => {
        const response = await api
          .post("/admin/shipping-policy", body, admin)
          .catch(failure)
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain(field)
        const { data } = await api.get("/admin/shipping-policy", admin)
        expect(data.shipping_policy).toEqual({ id: null, ...DEFAULT_POLICY })
      })

      it("undoes a save when a later step of the workflow fails", async () => {
        const rates: ShippingRatesModuleService =
          getContainer().resolve(SHIPPING_RATES_MODULE)
        await failingPolicySave(getContainer()).run({
          input: { freight_minimum_kg: 7 },
          throwOnError: false,
        })
        expect(await rates.listShippingPolicies()).toEqual([])

        const { data } = await api.post(
          "/admin/shipping-policy",
          { freight_minimum_kg: 3 },
          admin,
        )
        await failingPolicySave(getContainer()).run({
          input: { freight_minimum_kg: 7 },
          throwOnError: false,
        })
        expect(await rates.currentPolicy()).toEqual(data.shipping_policy)
      })
    })

    // The order widget lives in the dashboard; here its request and its reading
    // of the answer meet a real order paid through the bank-transfer provider.
    describe("order bank-transfer widget", () => {
      async function orderPaidWith(providerId: string) {
        const container = getContainer()
        const payments = container.resolve(Modules.PAYMENT)
        const collection = await payments.createPaymentCollections({
          currency_code: "idr",
          amount: 150_000,
        })
        const session = await payments.createPaymentSession(collection.id, {
          provider_id: providerId,
          currency_code: "idr",
          amount: 150_000,
          data: {},
        })
        const payment = await payments.authorizePaymentSession(session.id, {})
        const order = await container.resolve(Modules.ORDER).createOrders({
          currency_code: "idr",
          email: "pembeli@example.com",
          items: [{ title: "Tas anyaman", quantity: 1, unit_price: 150_000 }],
        })
        await container.resolve(ContainerRegistrationKeys.LINK).create({
          [Modules.ORDER]: { order_id: order.id },
          [Modules.PAYMENT]: { payment_collection_id: collection.id },
        })
        return { orderId: order.id, paymentId: payment!.id }
      }

      async function widgetView(orderId: string, now?: Date) {
        const { data } = await api.get(
          `/admin/orders/${orderId}?fields=${ORDER_PAYMENT_FIELDS}`,
          admin,
        )
        return bankTransferOf(data.order, now)
      }

      it("shows the reference, amount, deadline and status, then paid once captured", async () => {
        const { orderId, paymentId } = await orderPaidWith(BANK_TRANSFER_PROVIDER_ID)
        const awaiting = await widgetView(orderId)
        expect(awaiting).toEqual({
          reference: expect.stringMatching(/^KWB-/),
          amount: 150_000,
          deadline: expect.any(String),
          status: "awaiting_payment",
        })
        const deadline = new Date(awaiting!.deadline!)
        expect(deadline.getTime()).toBeGreaterThan(Date.now())

        const late = await widgetView(orderId, new Date(deadline.getTime() + 60_000))
        expect(late?.status).toEqual("expired")

        await getContainer().resolve(Modules.PAYMENT).capturePayment({
          payment_id: paymentId,
        })
        expect((await widgetView(orderId))?.status).toEqual("paid")
      })

      it("says canceled once the payment is canceled", async () => {
        const { orderId, paymentId } = await orderPaidWith(BANK_TRANSFER_PROVIDER_ID)
        await getContainer().resolve(Modules.PAYMENT).cancelPayment(paymentId)
        expect((await widgetView(orderId))?.status).toEqual("canceled")
      })

      it("has nothing to show for an order paid another way", async () => {
        const { orderId } = await orderPaidWith("pp_system_default")
        expect(await widgetView(orderId)).toBeNull()
      })
    })
  },
})

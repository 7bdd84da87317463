import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedDemoData } from "../../src/scripts/seed"
import { FACILITIES, PRODUCTS } from "../../src/scripts/seed-data"
import { cancelExpiredBankTransfersWorkflow } from "../../src/workflows/payments/cancel-expired-bank-transfers"
import { adminHeaders } from "../utils/auth"
import { chooseShipping } from "../utils/checkout"

// The test runner's axios client; responses are read loosely, as a shopper's client would.
type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
type Headers = { headers: Record<string, string> }

const BANK = "pp_transfer_bank"
const HOUR = 60 * 60 * 1000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Headers

    const product = PRODUCTS.find((p) => p.facility === FACILITIES[0].handle)!
    const sku = product.variants[0].sku

    beforeAll(async () => {
      const { publishableKey } = await seedDemoData(getContainer())
      store = { headers: { "x-publishable-api-key": publishableKey } }
      admin = await adminHeaders(api)
      // Until the seed offers bank transfer itself; the system provider pays the
      // non-bank-transfer order of the 404 test.
      const { data } = await api.get(
        "/admin/regions?fields=id,payment_providers.id",
        admin,
      )
      for (const region of data.regions) {
        const current = region.payment_providers.map((p: { id: string }) => p.id)
        await api.post(
          `/admin/regions/${region.id}`,
          { payment_providers: [...new Set([...current, BANK, "pp_system_default"])] },
          admin,
        )
      }
    })

    beforeEach(async () => {
      admin = await adminHeaders(api)
    })

    /** POSTs and, on failure, throws with the server's message so a broken step is obvious. */
    async function post(url: string, body: unknown, headers: Headers): Promise<Json> {
      try {
        return (await api.post(url, body, headers)).data
      } catch (error) {
        const response = (error as { response?: { status: number; data: unknown } })
          .response
        throw new Error(
          `POST ${url}: ${response?.status} ${JSON.stringify(response?.data)}`,
        )
      }
    }

    async function variantId() {
      const { data } = await api.get(
        `/admin/product-variants?sku=${sku}&fields=id`,
        admin,
      )
      return data.variants[0].id as string
    }

    /** Buys through the Store API: cart, address, free pickup, a payment session, completion. */
    async function buy(providerId: string, quantity = 1) {
      const { data: regions } = await api.get("/store/regions", store)
      const created = await post(
        "/store/carts",
        {
          region_id: regions.regions[0].id,
          email: "pembeli.transfer@contoh.karya.local",
          items: [{ variant_id: await variantId(), quantity }],
        },
        store,
      )
      const cartId = created.cart.id
      await post(
        `/store/carts/${cartId}`,
        {
          shipping_address: {
            first_name: "Pembeli",
            last_name: "Transfer",
            address_1: "Jalan Uji No. 3",
            city: "Kota Bengkulu",
            province: "Bengkulu",
            postal_code: "38211",
            country_code: "id",
            phone: "+628000000002",
          },
        },
        store,
      )
      // One pickup per shipment: the free "Ambil di <fasilitas>" option.
      await chooseShipping(api, store, cartId, "pickup")
      const collection = await post(
        "/store/payment-collections",
        { cart_id: cartId },
        store,
      )
      const sessions = await post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: providerId },
        store,
      )
      const completed = await post(`/store/carts/${cartId}/complete`, {}, store)
      if (completed.type !== "order") {
        throw new Error(`Cart did not complete: ${JSON.stringify(completed.error)}`)
      }
      return {
        order: completed.order as Json,
        session: sessions.payment_collection.payment_sessions[0] as Json,
      }
    }

    async function adminOrder(orderId: string) {
      const { data } = await api.get(
        `/admin/orders/${orderId}?fields=id,status,payment_status,total,` +
          "payment_collections.payments.id,payment_collections.payments.data," +
          "payment_collections.payments.captured_at,payment_collections.payments.canceled_at",
        admin,
      )
      return {
        order: data.order as Json,
        payment: data.order.payment_collections[0].payments[0] as Json,
      }
    }

    async function bankTransferOf(orderId: string) {
      const { data } = await api.get(`/store/orders/${orderId}/bank-transfer`, store)
      return data.bank_transfer as Json
    }

    async function reserved() {
      const { data } = await api.get(
        `/admin/inventory-items?sku=${sku}&fields=id,location_levels.reserved_quantity`,
        admin,
      )
      return (data.inventory_items[0].location_levels as { reserved_quantity: number }[])
        .map((level) => Number(level.reserved_quantity))
        .reduce((total, quantity) => total + quantity, 0)
    }

    async function statusOf(url: string) {
      return api.get(url, store).then(
        (response: { status: number }) => ({ status: response.status, data: {} as Json }),
        (error: { response: { status: number; data: Json } }) => error.response,
      )
    }

    it("sells by bank transfer: the order waits for the money, staff confirm it", async () => {
      const { order, session } = await buy(BANK, 2)
      expect(session.provider_id).toEqual(BANK)
      expect(session.data.reference).toMatch(/^KWB-[0-9A-HJKMNP-TV-Z]{8}$/)

      const placed = await adminOrder(order.id)
      expect(placed.order.status).toEqual("pending")
      expect(placed.order.payment_status).toEqual("authorized")
      expect(placed.payment.captured_at).toBeNull()

      const before = Date.now()
      const transfer = await bankTransferOf(order.id)
      expect(Object.keys(transfer).sort()).toEqual(
        [
          "account_holder",
          "account_number",
          "amount",
          "bank_name",
          "currency_code",
          "deadline",
          "reference",
          "status",
        ].sort(),
      )
      expect(transfer).toMatchObject({
        bank_name: placed.payment.data.bank_name,
        account_number: placed.payment.data.account_number,
        account_holder: placed.payment.data.account_holder,
        amount: order.total,
        currency_code: "idr",
        reference: session.data.reference,
        status: "awaiting_payment",
      })
      expect(transfer.bank_name).toBeTruthy()
      expect(transfer.account_number).toBeTruthy()
      expect(Number.isInteger(transfer.amount)).toBe(true)
      expect(transfer.amount).toBeGreaterThan(0)
      const window = Date.parse(transfer.deadline) - before
      expect(window).toBeGreaterThan(23.9 * HOUR)
      expect(window).toBeLessThanOrEqual(24 * HOUR)

      await api.post(`/admin/payments/${placed.payment.id}/capture`, {}, admin)

      const paid = await adminOrder(order.id)
      expect(paid.order.payment_status).toEqual("captured")
      expect(paid.payment.data.paid_at).toEqual(expect.any(String))
      expect(paid.payment.data.reference).toEqual(session.data.reference)
      expect((await bankTransferOf(order.id)).status).toEqual("paid")
    })

    it("cancels unpaid orders after the deadline and puts their stock back", async () => {
      const reservedBefore = await reserved()
      const { order: unpaid } = await buy(BANK, 2)
      const { order: paid } = await buy(BANK, 1)
      const paidPayment = (await adminOrder(paid.id)).payment
      await api.post(`/admin/payments/${paidPayment.id}/capture`, {}, admin)
      const { order: recent } = await buy(BANK, 1)
      expect(await reserved()).toEqual(reservedBefore + 4)

      const deadline = Date.parse((await bankTransferOf(unpaid.id)).deadline)
      const now = new Date(deadline + 1)
      expect(Date.parse((await bankTransferOf(recent.id)).deadline)).toBeGreaterThan(
        now.getTime(),
      )

      const { result } = await cancelExpiredBankTransfersWorkflow(getContainer()).run({
        input: { now },
      })
      expect(result.canceled_order_ids).toContain(unpaid.id)
      expect(result.canceled_order_ids).not.toContain(paid.id)
      expect(result.canceled_order_ids).not.toContain(recent.id)

      expect((await adminOrder(unpaid.id)).order.status).toEqual("canceled")
      expect((await bankTransferOf(unpaid.id)).status).toEqual("canceled")
      expect(await reserved()).toEqual(reservedBefore + 2)

      const stillPaid = await adminOrder(paid.id)
      expect(stillPaid.order.status).toEqual("pending")
      expect(stillPaid.order.payment_status).toEqual("captured")
      expect((await bankTransferOf(paid.id)).status).toEqual("paid")
      const stillWaiting = await adminOrder(recent.id)
      expect(stillWaiting.order.status).toEqual("pending")
      expect((await bankTransferOf(recent.id)).status).toEqual("awaiting_payment")

      // A second run finds nothing more to do.
      const again = await cancelExpiredBankTransfersWorkflow(getContainer()).run({
        input: { now },
      })
      expect(again.result.canceled_order_ids).not.toContain(unpaid.id)
    })

    it("keeps canceling the other expired orders when one cannot be canceled", async () => {
      const { order: stuck } = await buy(BANK, 1)
      const { order: expired } = await buy(BANK, 1)
      // A completed order cannot be canceled: Medusa refuses it.
      await api.post(`/admin/orders/${stuck.id}/complete`, {}, admin)
      const now = new Date(Date.parse((await bankTransferOf(expired.id)).deadline) + 1)

      const { result } = await cancelExpiredBankTransfersWorkflow(getContainer()).run({
        input: { now },
      })
      expect(result.failed.map((failure) => failure.order_id)).toContain(stuck.id)
      expect(result.canceled_order_ids).toContain(expired.id)
      expect((await adminOrder(expired.id)).order.status).toEqual("canceled")
      expect((await adminOrder(stuck.id)).order.status).toEqual("completed")
    })

    it("answers 404 for an unknown order or one not paid by bank transfer", async () => {
      const unknown = await statusOf(
        "/store/orders/order_01UNKNOWN000000000000000000/bank-transfer",
      )
      expect(unknown.status).toEqual(404)
      expect(unknown.data.message).toMatch(/order_01UNKNOWN000000000000000000.*not found/)

      const { order } = await buy("pp_system_default")
      const other = await statusOf(`/store/orders/${order.id}/bank-transfer`)
      expect(other.status).toEqual(404)
      expect(other.data.message).toMatch(/not paid by bank transfer/)
    })
  },
})

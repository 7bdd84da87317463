import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { STAFF_MODULE } from "../../src/modules/staff"
import type StaffModuleService from "../../src/modules/staff/service"
import { seedDemoData } from "../../src/scripts/seed"
import { adminHeaders } from "../utils/auth"
import { placeOrder } from "../utils/checkout"
import { pickSeedProduct } from "../utils/seed-expectations"
import { inviteFacilityStaff } from "../utils/staff"

// The test runner's axios client; responses are read loosely.
type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
type Headers = { headers: Record<string, string> }

const failure = (error: { response: { status: number; data: Json } }) => error.response
const OWN = "rutan-bengkulu"
const OTHER = "lapas-jepara"
const COURIER = { courier: "JNE", tracking_number: "JNE-0012345678" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headOffice: Headers
    let store: Headers
    let facilities: Record<string, { id: string; location_id: string }>

    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

    beforeAll(async () => {
      const { publishableKey } = await seedDemoData(getContainer())
      store = { headers: { "x-publishable-api-key": publishableKey } }
      headOffice = await adminHeaders(api)
      const { data } = await query().graph({
        entity: "facility",
        fields: ["id", "handle", "stock_location.id"],
        filters: { handle: [OWN, OTHER] },
      })
      facilities = Object.fromEntries(
        (data as Json[]).map((f) => [
          f.handle,
          { id: f.id, location_id: f.stock_location.id },
        ]),
      )
    })

    const staffOf = (handle: string) =>
      inviteFacilityStaff(api, headOffice, {
        email: `petugas.${handle}@contoh.karya.local`,
        facility_id: facilities[handle].id,
      })

    async function variantOf(handle: string): Promise<string> {
      const product = pickSeedProduct(handle, false)
      const { data } = await query().graph({
        entity: "product_variant",
        fields: ["id"],
        filters: { sku: product.variants[0].sku },
      })
      return data[0].id
    }

    /** A bank-transfer order of one facility's goods, paid when `paid`. */
    async function orderFrom(
      handle: string,
      { shipping = "delivery", paid = true, quantity = 2 } = {},
    ): Promise<{ order: Json; variantId: string }> {
      const variantId = await variantOf(handle)
      const order = await placeOrder(api, store, {
        items: [{ variant_id: variantId, quantity }],
        shipping: shipping as "delivery" | "pickup",
      })
      if (paid) {
        const { data } = await query().graph({
          entity: "order",
          fields: ["payment_collections.payments.id"],
          filters: { id: order.id },
        })
        const paymentId = data[0].payment_collections[0].payments[0].id
        await api.post(`/admin/payments/${paymentId}/capture`, {}, headOffice)
      }
      return { order, variantId }
    }

    async function shipmentsOf(handle: string, headers: Headers, status = "open") {
      const { data } = await api.get(
        `/admin/facilities/${facilities[handle].id}/shipments?status=${status}&limit=100`,
        headers,
      )
      return data.shipments as Json[]
    }

    async function shipmentOf(handle: string, orderId: string, status = "open") {
      const shipment = (await shipmentsOf(handle, headOffice, status)).find(
        (candidate) => candidate.order_id === orderId,
      )
      expect(shipment, `a ${status} shipment of ${orderId} at ${handle}`).toBeDefined()
      return shipment!
    }

    async function fulfilmentsOf(orderId: string): Promise<Json[]> {
      const { data } = await query().graph({
        entity: "order",
        fields: ["fulfillments.id", "fulfillments.shipped_at"],
        filters: { id: orderId },
      })
      return data[0].fulfillments ?? []
    }

    async function stockAt(variantId: string, locationId: string) {
      const { data } = await query().graph({
        entity: "product_variant",
        fields: [
          "inventory_items.inventory.location_levels.location_id",
          "inventory_items.inventory.location_levels.stocked_quantity",
          "inventory_items.inventory.location_levels.reserved_quantity",
        ],
        filters: { id: variantId },
      })
      const level = data[0].inventory_items[0].inventory.location_levels.find(
        (candidate: Json) => candidate.location_id === locationId,
      )
      return { stocked: level.stocked_quantity, reserved: level.reserved_quantity }
    }

    const notificationsFor = (orderId: string, template: string) =>
      getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ resource_id: orderId, template })

    it("packs a paid courier order from the facility's stock, ships it with tracking and tells the buyer", async () => {
      const staff = await staffOf(OWN)
      const { data: me } = await api.get("/admin/staff/me", staff)
      expect(me).toEqual({ role: "facility_staff", facility_id: facilities[OWN].id })

      const { order, variantId } = await orderFrom(OWN, { paid: false })
      const url = (shipment: Json, action = "") =>
        `/admin/facilities/${facilities[OWN].id}/shipments/${shipment.id}${action}`

      // Unpaid: in the queue, but nothing leaves.
      let shipment = (await shipmentsOf(OWN, staff)).find((s) => s.order_id === order.id)!
      expect(shipment).toMatchObject({
        display_id: order.display_id,
        status: "awaiting_payment",
        delivery: "courier",
        units: 2,
        fulfillment: null,
      })
      expect(shipment.recipient).toMatchObject({
        name: "Pembeli Uji",
        address_lines: expect.arrayContaining([
          "Jalan Uji No. 2",
          "Kota Malang, Jawa Timur",
        ]),
      })
      const early = await api.post(url(shipment, "/ship"), COURIER, staff).catch(failure)
      expect(early.status).toEqual(400)
      expect(early.data.message).toMatch(/awaiting payment/)
      expect(await fulfilmentsOf(order.id)).toEqual([])

      const { data } = await query().graph({
        entity: "order",
        fields: ["payment_collections.payments.id"],
        filters: { id: order.id },
      })
      await api.post(
        `/admin/payments/${data[0].payment_collections[0].payments[0].id}/capture`,
        {},
        headOffice,
      )
      shipment = await shipmentOf(OWN, order.id)
      expect(shipment.status).toEqual("to_pack")

      // The packing slip: a PDF named after the order.
      const slip = await api.get(url(shipment, "/packing-slip.pdf"), {
        ...staff,
        responseType: "arraybuffer",
      })
      expect(slip.headers["content-type"]).toEqual("application/pdf")
      expect(slip.headers["content-disposition"]).toContain(
        `slip-pesanan-${order.display_id}.pdf`,
      )
      expect(Buffer.from(slip.data).subarray(0, 5).toString()).toEqual("%PDF-")

      const before = await stockAt(variantId, facilities[OWN].location_id)
      const { data: shipped } = await api.post(
        url(shipment, "/ship"),
        { ...COURIER, tracking_url: "https://jne.co.id/lacak/JNE-0012345678" },
        staff,
      )
      expect(shipped.shipment).toMatchObject({
        status: "shipped",
        fulfillment: {
          courier: "JNE",
          tracking_number: COURIER.tracking_number,
          tracking_url: "https://jne.co.id/lacak/JNE-0012345678",
        },
      })
      expect(shipped.shipment.fulfillment.shipped_at).toBeTruthy()

      // The goods left the facility's shelf: stock and reservation both drop.
      const after = await stockAt(variantId, facilities[OWN].location_id)
      expect(after.stocked).toEqual(before.stocked - 2)
      expect(after.reserved).toEqual(before.reserved - 2)

      // Medusa's own order sees the shipment.
      const { data: core } = await api.get(
        `/admin/orders/${order.id}?fields=fulfillment_status`,
        headOffice,
      )
      expect(core.order.fulfillment_status).toEqual("shipped")

      // The buyer's order page reads the courier and tracking number from the store API.
      const { data: mine } = await api.get(
        `/store/orders/${order.id}?fields=+shipping_methods.shipping_option_id,*fulfillments`,
        store,
      )
      expect(mine.order.fulfillments).toEqual([
        expect.objectContaining({
          shipping_option_id: mine.order.shipping_methods[0].shipping_option_id,
          metadata: {
            courier: "JNE",
            tracking_number: COURIER.tracking_number,
            tracking_url: "https://jne.co.id/lacak/JNE-0012345678",
          },
        }),
      ])

      const [mail] = await notificationsFor(order.id, "order-shipped")
      expect(mail).toMatchObject({
        to: "pembeli.uji@contoh.karya.local",
        channel: "email",
      })
      expect(mail.data).toMatchObject({
        display_id: order.display_id,
        courier: "JNE",
        tracking_number: COURIER.tracking_number,
      })

      // Twice is refused; the queue moved it to "shipped", then "done".
      const again = await api.post(url(shipment, "/ship"), COURIER, staff).catch(failure)
      expect(again.status).toEqual(400)
      expect(await fulfilmentsOf(order.id)).toHaveLength(1)
      expect((await shipmentsOf(OWN, staff)).map((s) => s.id)).not.toContain(shipment.id)
      await shipmentOf(OWN, order.id, "shipped")
      const { data: delivered } = await api.post(url(shipment, "/deliver"), {}, staff)
      expect(delivered.shipment.status).toEqual("delivered")
      await shipmentOf(OWN, order.id, "done")

      // Who shipped it is in the audit log.
      const audit: StaffModuleService = getContainer().resolve(STAFF_MODULE)
      const entries = await audit.listAuditEntries({ path: url(shipment, "/ship") })
      expect(entries.map((entry) => entry.actor_email)).toContain(
        `petugas.${OWN}@contoh.karya.local`,
      )
    })

    it("hands a pickup order over at the facility after telling the buyer it is ready", async () => {
      const staff = await staffOf(OWN)
      const { order } = await orderFrom(OWN, { shipping: "pickup" })
      const shipment = await shipmentOf(OWN, order.id)
      expect(shipment).toMatchObject({ status: "to_pack", delivery: "pickup" })
      expect(shipment.recipient.address_lines).toEqual([])
      const url = (action: string) =>
        `/admin/facilities/${facilities[OWN].id}/shipments/${shipment.id}${action}`

      const shipped = await api.post(url("/ship"), COURIER, staff).catch(failure)
      expect(shipped.status).toEqual(400)
      expect(shipped.data.message).toMatch(/ready for pickup/)
      const tooEarly = await api.post(url("/deliver"), {}, staff).catch(failure)
      expect(tooEarly.status).toEqual(400)

      const { data: ready } = await api.post(url("/ready-for-pickup"), {}, staff)
      expect(ready.shipment.status).toEqual("ready_for_pickup")
      // Still open work for the facility until the buyer comes.
      await shipmentOf(OWN, order.id, "open")
      const [mail] = await notificationsFor(order.id, "order-ready-for-pickup")
      expect(mail.data).toMatchObject({
        display_id: order.display_id,
        facility: { name: expect.any(String) },
      })

      const { data: handed } = await api.post(url("/deliver"), {}, staff)
      expect(handed.shipment.status).toEqual("delivered")
      expect(handed.shipment.fulfillment.delivered_at).toBeTruthy()
      await shipmentOf(OWN, order.id, "done")
    })

    it("keeps facility staff to their own shipments: 403 or 404, and nothing shipped", async () => {
      const staff = await staffOf(OWN)
      const { order } = await orderFrom(OTHER)
      const foreign = await shipmentOf(OTHER, order.id)
      const other = `/admin/facilities/${facilities[OTHER].id}/shipments`
      const own = `/admin/facilities/${facilities[OWN].id}/shipments`

      for (const [method, path, body] of [
        ["get", other, undefined],
        ["get", `${other}/${foreign.id}/packing-slip.pdf`, undefined],
        ["post", `${other}/${foreign.id}/ship`, COURIER],
        ["post", `${other}/${foreign.id}/ready-for-pickup`, {}],
        // Medusa's own fulfilment routes are head office's.
        ["get", `/admin/orders/${order.id}`, undefined],
        ["post", `/admin/orders/${order.id}/fulfillments`, { items: [] }],
      ] as const) {
        const response = await (
          method === "get" ? api.get(path, staff) : api.post(path, body, staff)
        ).catch(failure)
        expect(response.status, `${method} ${path}`).toEqual(403)
      }
      // Another facility's shipment through their own facility's path is not theirs.
      const disguised = await api
        .post(`${own}/${foreign.id}/ship`, COURIER, staff)
        .catch(failure)
      expect(disguised.status).toEqual(404)
      expect(await fulfilmentsOf(order.id)).toEqual([])
      expect((await shipmentsOf(OWN, staff)).map((s) => s.order_id)).not.toContain(
        order.id,
      )

      // Head office ships any facility's goods.
      const { data } = await api.post(`${other}/${foreign.id}/ship`, COURIER, headOffice)
      expect(data.shipment.status).toEqual("shipped")
    })

    it("refuses bad input naming the field, and ships a double click once", async () => {
      const { order } = await orderFrom(OWN)
      const shipment = await shipmentOf(OWN, order.id)
      const base = `/admin/facilities/${facilities[OWN].id}/shipments`

      for (const [body, field] of [
        [{ courier: "JNE" }, "tracking_number"],
        [{ ...COURIER, tracking_number: "12 34" }, "tracking_number"],
        [{ ...COURIER, courier: "" }, "courier"],
        [{ ...COURIER, tracking_url: "javascript:alert(1)" }, "tracking_url"],
        [{ ...COURIER, price: 0 }, "price"],
      ] as const) {
        const response = await api
          .post(`${base}/${shipment.id}/ship`, body, headOffice)
          .catch(failure)
        expect(response.status, JSON.stringify(body)).toEqual(400)
        expect(response.data.message).toContain(field)
      }
      const badStatus = await api.get(`${base}?status=lost`, headOffice).catch(failure)
      expect(badStatus.status).toEqual(400)
      expect(badStatus.data.message).toContain("status")
      const unknown = await api.get(`${base}/ordsm_unknown`, headOffice).catch(failure)
      expect(unknown.status).toEqual(404)
      expect(await fulfilmentsOf(order.id)).toEqual([])

      const results = await Promise.all(
        [1, 2, 3].map(() =>
          api.post(`${base}/${shipment.id}/ship`, COURIER, headOffice).catch(failure),
        ),
      )
      expect(results.map((r) => r.status).sort()).toEqual([200, 400, 400])
      const fulfilments = await fulfilmentsOf(order.id)
      expect(fulfilments).toHaveLength(1)
      expect(await notificationsFor(order.id, "order-shipped")).toHaveLength(1)
    })
  },
})

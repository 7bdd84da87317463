import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STAFF_MODULE } from "../../src/modules/staff"
import type StaffModuleService from "../../src/modules/staff/service"
import { seedDemoData } from "../../src/scripts/seed"
import { demoAdmin } from "../../src/scripts/seed-data"
import { adminHeaders } from "../utils/auth"
import { inviteFacilityStaff } from "../utils/staff"

// The test runner's axios client; responses are read loosely.
type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
type Headers = { headers: Record<string, string> }

const failure = (error: { response: { status: number; data: Json } }) => error.response
const STAFF_EMAIL = "petugas.bengkulu@contoh.karya.local"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headOffice: Headers
    let facilities: { own: string; other: string }

    async function batchOf(facilityId: string): Promise<Json> {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "production_batch",
        fields: ["id", "status", "workshop.id", "workshop.facility_id"],
        filters: { workshop: { facility_id: facilityId }, status: "active" },
      })
      return data[0]
    }

    const facilityStaff = () =>
      inviteFacilityStaff(api, headOffice, {
        email: STAFF_EMAIL,
        facility_id: facilities.own,
      })

    beforeAll(async () => {
      await seedDemoData(getContainer())
      headOffice = await adminHeaders(api)
      const { data } = await api.get("/admin/facilities", headOffice)
      const byHandle = new Map(
        (data.facilities as Json[]).map((facility) => [facility.handle, facility.id]),
      )
      facilities = {
        own: byHandle.get("rutan-bengkulu"),
        other: byHandle.get("lapas-jepara"),
      }
    })

    it("refuses an invitation of facility staff without a facility, naming the field", async () => {
      const response = await api
        .post(
          "/admin/staff/invites",
          { email: STAFF_EMAIL, role: "facility_staff" },
          headOffice,
        )
        .catch(failure)
      expect(response.status).toEqual(400)
      expect(response.data.message).toContain("facility_id")
      const staff: StaffModuleService = getContainer().resolve(STAFF_MODULE)
      expect(await staff.listStaffAssignments({ email: STAFF_EMAIL })).toEqual([])
    })

    it("keeps facility staff to their own facility: 403 and nothing changed elsewhere", async () => {
      const staff = await facilityStaff()
      const { data: me } = await api.get("/admin/users/me", staff)
      expect(me.user.email).toEqual(STAFF_EMAIL)

      // Lists come back for their facility only.
      const { data: batches } = await api.get("/admin/batches?limit=100", staff)
      expect(batches.batches.length).toBeGreaterThan(0)
      const { data: workshops } = await api.get("/admin/workshops?limit=100", staff)
      expect(
        new Set(
          (workshops.workshops as Json[]).map(
            (workshop) => workshop.facility_id ?? workshop.facility?.id,
          ),
        ),
      ).toEqual(new Set([facilities.own]))
      const asked = await api
        .get(`/admin/batches?facility_id=${facilities.other}`, staff)
        .catch(failure)
      expect(asked.status).toEqual(403)

      // Another facility's batch: neither read nor changed.
      const foreign = await batchOf(facilities.other)
      expect(
        (await api.get(`/admin/batches/${foreign.id}`, staff).catch(failure)).status,
      ).toEqual(403)
      const hold = await api
        .post(`/admin/batches/${foreign.id}`, { status: "on_hold" }, staff)
        .catch(failure)
      expect(hold.status).toEqual(403)
      const recall = await api
        .post(`/admin/batches/${foreign.id}/recall`, { reason: "uji" }, staff)
        .catch(failure)
      expect(recall.status).toEqual(403)
      expect((await batchOf(facilities.other)).status).toEqual("active")

      // Their own batch they may change.
      const own = await batchOf(facilities.own)
      const { data: held } = await api.post(
        `/admin/batches/${own.id}`,
        { status: "on_hold" },
        staff,
      )
      expect(held.batch.status).toEqual("on_hold")

      // Medusa's own routes outside their work, and head office's pages.
      const { data: orders } = await api.get("/admin/orders?limit=1", headOffice)
      for (const [method, path, body] of [
        ["get", "/admin/customers", undefined],
        ["get", "/admin/orders", undefined],
        ["post", "/admin/products", { title: "Produk liar" }],
        ["post", `/admin/orders/${orders.orders[0].id}/fulfillments`, { items: [] }],
        ["post", "/admin/facilities", { name: "x" }],
        ["get", "/admin/partner-applications", undefined],
        ["get", "/admin/audit-log", undefined],
        ["post", "/admin/staff/invites", { email: "x@contoh.id", role: "head_office" }],
      ] as const) {
        const response = await (
          method === "get" ? api.get(path, staff) : api.post(path, body, staff)
        ).catch(failure)
        expect(response.status, `${method} ${path}`).toEqual(403)
      }
      const { data: products } = await api.get(
        "/admin/products?q=Produk%20liar",
        headOffice,
      )
      expect(products.products).toEqual([])
    })

    it("lets head office do all, and records who changed what in the audit log", async () => {
      const staff = await facilityStaff()
      const own = await batchOf(facilities.own)
      await api.post(`/admin/batches/${own.id}`, { status: "on_hold" }, staff)
      const foreign = await batchOf(facilities.other)
      const { data } = await api.post(
        `/admin/batches/${foreign.id}`,
        { status: "on_hold" },
        headOffice,
      )
      expect(data.batch.status).toEqual("on_hold")

      const entries = await (async () => {
        for (let attempt = 0; attempt < 20; attempt++) {
          const { data: log } = await api.get(
            "/admin/audit-log?resource_type=batches",
            headOffice,
          )
          if (log.audit_entries.length >= 2) {
            return log.audit_entries as Json[]
          }
          await new Promise((resolve) => setTimeout(resolve, 200))
        }
        throw new Error("audit entries did not appear")
      })()
      expect(
        entries.map((entry) => [entry.actor_email, entry.resource_id, entry.facility_id]),
      ).toEqual(
        expect.arrayContaining([
          [STAFF_EMAIL, own.id, facilities.own],
          [demoAdmin().email, foreign.id, null],
        ]),
      )
      expect(entries.every((entry) => entry.created_at && entry.method === "POST")).toBe(
        true,
      )
      // A refused request leaves no entry, and the log cannot be edited.
      expect(entries.some((entry) => entry.status_code >= 400)).toBe(false)
      const staffModule: StaffModuleService = getContainer().resolve(STAFF_MODULE)
      await expect(
        staffModule.updateAuditEntries({
          id: entries[0].id,
          actor_email: "lain@contoh.id",
        }),
      ).rejects.toThrow(/append-only/)
    })
  },
})

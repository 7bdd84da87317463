import { describe, expect, it } from "vitest"
import { auditedResource, facilityStaffCheck, isAudited } from "./staff-policy"

describe("facilityStaffCheck", () => {
  it("refuses what is not listed, Medusa's own routes included", () => {
    for (const [method, path] of [
      ["GET", "/admin/customers"],
      ["POST", "/admin/products"],
      ["GET", "/admin/orders"],
      ["POST", "/admin/orders/order_1/fulfillments"],
      ["POST", "/admin/facilities/fac_1/shipments/ordsm_1/cancel"],
      ["POST", "/admin/facilities"],
      ["POST", "/admin/quality-standards"],
      ["GET", "/admin/partner-applications"],
      ["GET", "/admin/users"],
      ["DELETE", "/admin/batches/pbat_1"],
    ]) {
      expect(facilityStaffCheck(method, path), `${method} ${path}`).toEqual({
        kind: "deny",
      })
    }
  })

  it("names the record whose facility must be theirs", () => {
    expect(facilityStaffCheck("POST", "/admin/batches/pbat_1/recall")).toEqual({
      kind: "batch",
      id: "pbat_1",
    })
    expect(facilityStaffCheck("GET", "/admin/workshops/wks_1?fields=x")).toEqual({
      kind: "workshop",
      id: "wks_1",
    })
    expect(
      facilityStaffCheck("POST", "/admin/inventory-items/iitem_1/location-levels/sloc_1"),
    ).toEqual({ kind: "stock_location", id: "sloc_1" })
    expect(facilityStaffCheck("POST", "/admin/batches")).toEqual({
      kind: "body_workshop",
    })
    expect(facilityStaffCheck("GET", "/admin/batches")).toEqual({ kind: "own_list" })
    expect(facilityStaffCheck("GET", "/admin/notifications?limit=20")).toEqual({
      kind: "own_notifications",
    })
    expect(facilityStaffCheck("GET", "/admin/notifications/noti_1")).toEqual({
      kind: "notification",
      id: "noti_1",
    })
    for (const [method, path] of [
      ["GET", "/admin/facilities/fac_1/shipments?status=open"],
      ["GET", "/admin/facilities/fac_1/shipments/ordsm_1/packing-slip.pdf"],
      ["POST", "/admin/facilities/fac_1/shipments/ordsm_1/ship"],
      ["POST", "/admin/facilities/fac_1/shipments/ordsm_1/deliver"],
    ]) {
      expect(facilityStaffCheck(method, path), `${method} ${path}`).toEqual({
        kind: "facility",
        id: "fac_1",
      })
    }
    expect(facilityStaffCheck("GET", "/admin/exports/ledger.csv?from=x")).toEqual({
      kind: "own_list",
    })
  })

  it("lets the dashboard load who is logged in", () => {
    expect(facilityStaffCheck("GET", "/admin/users/me")).toEqual({ kind: "allow" })
  })
})

describe("audit", () => {
  it("records changes to provenance, quality, stock and the ledger, not reads", () => {
    expect(isAudited("POST", "/admin/batches/pbat_1/recall")).toBe(true)
    expect(isAudited("POST", "/admin/payments/pay_1/capture")).toBe(true)
    expect(isAudited("DELETE", "/admin/certificates/cert_1")).toBe(true)
    expect(isAudited("GET", "/admin/batches")).toBe(false)
    expect(isAudited("POST", "/admin/products")).toBe(false)
  })

  it("reads the record from the path", () => {
    expect(auditedResource("/admin/batches/pbat_1/recall")).toEqual({
      type: "batches",
      id: "pbat_1",
    })
    expect(auditedResource("/admin/workshops")).toEqual({ type: "workshops", id: null })
  })
})

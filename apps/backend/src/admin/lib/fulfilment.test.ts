import { describe, expect, it } from "vitest"
import {
  cityLine,
  itemsSummary,
  OTHER_COURIER,
  shipBody,
  shipFormErrors,
  trackingNumberError,
  trackingUrlError,
  type ShipForm,
} from "./fulfilment"
import { t } from "./i18n"

const form = (values: Partial<ShipForm>): ShipForm => ({
  courier: "JNE",
  otherCourier: "",
  trackingNumber: "JP1234567890",
  trackingUrl: "",
  ...values,
})

describe("trackingNumberError", () => {
  it("takes 6 to 40 letters, digits or dashes, ignoring surrounding spaces", () => {
    expect(trackingNumberError("  JP-123456  ")).toBeUndefined()
    expect(trackingNumberError("a".repeat(40))).toBeUndefined()
  })

  it("explains what is wrong with anything else", () => {
    expect(trackingNumberError("   ")).toBe(t.common.required)
    for (const value of ["12345", "a".repeat(41), "JP 123456", "JP/123456"]) {
      expect(trackingNumberError(value)).toBe(t.fulfilment.invalidTrackingNumber)
    }
  })
})

describe("trackingUrlError", () => {
  it("leaves a blank link alone and accepts http(s) addresses", () => {
    expect(trackingUrlError("")).toBeUndefined()
    expect(trackingUrlError(" https://jne.co.id/tracking?awb=JP1 ")).toBeUndefined()
  })

  it("refuses what is not a web address", () => {
    for (const value of ["jne.co.id/tracking", "javascript:alert(1)", "ftp://x.id"]) {
      expect(trackingUrlError(value)).toBe(t.fulfilment.invalidTrackingUrl)
    }
  })
})

describe("shipFormErrors", () => {
  it("asks for a courier, and for its name when it is not in the list", () => {
    expect(shipFormErrors(form({ courier: "" })).courier).toBe(t.common.required)
    expect(shipFormErrors(form({ courier: OTHER_COURIER })).otherCourier).toBe(
      t.common.required,
    )
    expect(
      shipFormErrors(form({ courier: OTHER_COURIER, otherCourier: "X" })).otherCourier,
    ).toBe(t.fulfilment.invalidCourierName)
    expect(Object.values(shipFormErrors(form({}))).filter(Boolean)).toEqual([])
  })
})

describe("shipBody", () => {
  it("sends trimmed values and leaves out a blank tracking link", () => {
    expect(shipBody(form({ trackingNumber: " JP1234567890 " }))).toEqual({
      courier: "JNE",
      tracking_number: "JP1234567890",
    })
  })

  it("sends the typed courier name for another courier, with the link", () => {
    expect(
      shipBody(
        form({
          courier: OTHER_COURIER,
          otherCourier: " Kargo Nusantara ",
          trackingUrl: " https://kargo.id/t/1 ",
        }),
      ),
    ).toEqual({
      courier: "Kargo Nusantara",
      tracking_number: "JP1234567890",
      tracking_url: "https://kargo.id/t/1",
    })
  })
})

describe("itemsSummary", () => {
  it("lists quantity and title of each line", () => {
    const item = { variant_title: null, sku: null, unfulfilled_quantity: 0 }
    expect(
      itemsSummary([
        { ...item, id: "1", title: "Keripik Tempe", quantity: 2 },
        { ...item, id: "2", title: "Tas Tenun", quantity: 1 },
      ]),
    ).toBe("2 × Keripik Tempe, 1 × Tas Tenun")
  })
})

describe("cityLine", () => {
  it("skips the postal code after the city", () => {
    expect(cityLine(["Jl. Merdeka 1", "Bandung, Jawa Barat", "40111"])).toBe(
      "Bandung, Jawa Barat",
    )
    expect(cityLine(["Jl. Merdeka 1", "Bandung, Jawa Barat"])).toBe("Bandung, Jawa Barat")
    expect(cityLine([])).toBeUndefined()
  })
})

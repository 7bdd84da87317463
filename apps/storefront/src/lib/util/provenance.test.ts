import { describe, expect, it } from "vitest"

import { formatJakartaDate } from "./jakarta-time"
import { batchStanding, certificateValidity, normalizeBatchCode } from "./provenance"

const NOW = new Date("2026-11-30T05:00:00Z")

describe("normalizeBatchCode", () => {
  it("accepts a printed code in any case", () => {
    expect(normalizeBatchCode("12tpg3xbk4")).toBe("12TPG3XBK4")
    expect(normalizeBatchCode("12TPG3XBK4")).toBe("12TPG3XBK4")
  })

  it("drops spaces and dashes added while copying a label", () => {
    expect(normalizeBatchCode(" 12TPG-3XBK4 ")).toBe("12TPG3XBK4")
  })

  it("reads the letters the alphabet leaves out as the digits they resemble", () => {
    expect(normalizeBatchCode("OOFP152YJH")).toBe("00FP152YJH")
    expect(normalizeBatchCode("iBeD4SQM5N")).toBe("1BED4SQM5N")
    expect(normalizeBatchCode("LB3D4SQM5N")).toBe("1B3D4SQM5N")
  })

  it("refuses codes of the wrong length or with characters never printed", () => {
    expect(normalizeBatchCode("12TPG3XBK")).toBeNull()
    expect(normalizeBatchCode("12TPG3XBK45")).toBeNull()
    expect(normalizeBatchCode("12TPG3XBKU")).toBeNull()
    expect(normalizeBatchCode("12TPG3XBK!")).toBeNull()
    expect(normalizeBatchCode("")).toBeNull()
  })
})

describe("formatJakartaDate", () => {
  it("writes the date in Indonesian and in day-month-year English", () => {
    expect(formatJakartaDate("2027-04-19T00:29:24.603Z", "id")).toBe("19 April 2027")
    expect(formatJakartaDate("2027-04-19T00:29:24.603Z", "en")).toBe("19 April 2027")
    expect(formatJakartaDate("2026-08-17T03:00:00Z", "id")).toBe("17 Agustus 2026")
    expect(formatJakartaDate("2026-08-17T03:00:00Z", "en")).toBe("17 August 2026")
  })

  it("uses the Jakarta calendar day, seven hours ahead of UTC", () => {
    expect(formatJakartaDate("2026-12-31T17:30:00Z", "id")).toBe("1 Januari 2027")
    expect(formatJakartaDate("2026-12-31T16:59:00Z", "en")).toBe("31 December 2026")
  })

  it("returns null for a missing or malformed date", () => {
    expect(formatJakartaDate(null, "id")).toBeNull()
    expect(formatJakartaDate(undefined, "en")).toBeNull()
    expect(formatJakartaDate("besok", "id")).toBeNull()
  })
})

describe("batchStanding", () => {
  const onSale = { status: "active", expires_at: null, sellable: true }

  it("is on sale when the batch is active and the backend sells it", () => {
    expect(batchStanding(onSale, NOW)).toBe("on_sale")
    expect(batchStanding({ ...onSale, expires_at: "2027-05-19T00:00:00Z" }, NOW)).toBe(
      "on_sale",
    )
  })

  it("names a recall before anything else", () => {
    expect(
      batchStanding(
        { status: "recalled", expires_at: "2026-01-01T00:00:00Z", sellable: false },
        NOW,
      ),
    ).toBe("recalled")
  })

  it("is expired when marked so or once the expiry has passed", () => {
    expect(batchStanding({ ...onSale, status: "expired", sellable: false }, NOW)).toBe(
      "expired",
    )
    expect(batchStanding({ ...onSale, expires_at: "2026-11-30T04:59:59Z" }, NOW)).toBe(
      "expired",
    )
  })

  it("is on hold when held, or when the backend will not sell it for another reason", () => {
    expect(batchStanding({ ...onSale, status: "on_hold", sellable: false }, NOW)).toBe(
      "on_hold",
    )
    expect(batchStanding({ ...onSale, sellable: false }, NOW)).toBe("on_hold")
    expect(batchStanding({ ...onSale, status: "something_new" }, NOW)).toBe("on_hold")
  })
})

describe("certificateValidity", () => {
  it("is valid until its end date and lapsed after it", () => {
    expect(certificateValidity({ valid_until: "2029-02-18T00:00:00Z" }, NOW)).toBe(
      "valid",
    )
    expect(certificateValidity({ valid_until: "2026-11-29T00:00:00Z" }, NOW)).toBe(
      "lapsed",
    )
  })

  it("never lapses without an end date", () => {
    expect(certificateValidity({ valid_until: null }, NOW)).toBe("open_ended")
  })
})

import { describe, expect, it } from "vitest"

import { formatJakartaDateTime } from "./jakarta-time"

describe("formatJakartaDateTime", () => {
  it("writes the deadline in Western Indonesian Time (UTC+7)", () => {
    expect(formatJakartaDateTime("2026-11-30T16:59:00.000Z", "id")).toBe(
      "Senin, 30 November 2026 23.59 WIB",
    )
  })

  it("moves to the next day in Jakarta when UTC is still on the previous one", () => {
    expect(formatJakartaDateTime("2026-01-01T17:05:00Z", "id")).toBe(
      "Jumat, 2 Januari 2026 00.05 WIB",
    )
  })

  it("writes English with English names, still in Jakarta time", () => {
    expect(formatJakartaDateTime("2026-11-30T16:59:00.000Z", "en")).toBe(
      "Monday, 30 November 2026, 23:59 WIB",
    )
    expect(formatJakartaDateTime("2026-01-01T17:05:00Z", "en")).toBe(
      "Friday, 2 January 2026, 00:05 WIB",
    )
  })

  it("falls back to Indonesian for a locale the shop does not have", () => {
    expect(formatJakartaDateTime("2026-11-30T16:59:00.000Z", "fr")).toBe(
      "Senin, 30 November 2026 23.59 WIB",
    )
  })

  it("returns null for something that is not a timestamp", () => {
    expect(formatJakartaDateTime("besok", "id")).toBeNull()
    expect(formatJakartaDateTime("tomorrow", "en")).toBeNull()
  })
})

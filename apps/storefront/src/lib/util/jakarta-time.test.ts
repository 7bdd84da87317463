import { describe, expect, it } from "vitest"

import { formatJakartaDateTime } from "./jakarta-time"

describe("formatJakartaDateTime", () => {
  it("writes the deadline in Western Indonesian Time (UTC+7)", () => {
    expect(formatJakartaDateTime("2026-11-30T16:59:00.000Z")).toBe(
      "Senin, 30 November 2026 23.59 WIB",
    )
  })

  it("moves to the next day in Jakarta when UTC is still on the previous one", () => {
    expect(formatJakartaDateTime("2026-01-01T17:05:00Z")).toBe(
      "Jumat, 2 Januari 2026 00.05 WIB",
    )
  })

  it("returns null for something that is not a timestamp", () => {
    expect(formatJakartaDateTime("besok")).toBeNull()
  })
})

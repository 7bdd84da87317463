import { describe, expect, it } from "vitest"

import { formatRupiah } from "./money"

describe("formatRupiah", () => {
  it("formats major units with a dot as thousands separator", () => {
    expect(formatRupiah(150000)).toBe("Rp\u00a0150.000")
    expect(formatRupiah(1250000)).toBe("Rp\u00a01.250.000")
  })

  it("formats zero", () => {
    expect(formatRupiah(0)).toBe("Rp\u00a00")
  })

  it("rounds to whole rupiah", () => {
    expect(formatRupiah(14999.6)).toBe("Rp\u00a015.000")
  })
})

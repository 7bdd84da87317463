import { describe, expect, it } from "vitest"
import { normalizeNpwp } from "./npwp"

describe("normalizeNpwp", () => {
  it("keeps the digits of a 15-digit number written with punctuation", () => {
    expect(normalizeNpwp("01.234.567.8-901.000")).toBe("012345678901000")
  })

  it("accepts 16 digits, with or without spaces", () => {
    expect(normalizeNpwp("3174 0123 4567 8901")).toBe("3174012345678901")
    expect(normalizeNpwp("3174012345678901")).toBe("3174012345678901")
  })

  it("refuses other lengths and other characters", () => {
    expect(normalizeNpwp("01.234.567.8-901.00")).toBeNull()
    expect(normalizeNpwp("31740123456789012")).toBeNull()
    expect(normalizeNpwp("01.234.567.8-901.00O")).toBeNull()
    expect(normalizeNpwp("")).toBeNull()
  })
})

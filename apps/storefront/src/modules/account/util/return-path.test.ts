import { describe, expect, it } from "vitest"

import { safeReturnPath } from "./return-path"

describe("safeReturnPath", () => {
  it("keeps a local path with its query", () => {
    expect(safeReturnPath("/akun/pesanan/order_1")).toBe("/akun/pesanan/order_1")
    expect(safeReturnPath("/akun/pesanan?halaman=2")).toBe("/akun/pesanan?halaman=2")
  })

  it("drops the locale prefix, which the redirect adds again", () => {
    expect(safeReturnPath("/en/akun/alamat")).toBe("/akun/alamat")
    expect(safeReturnPath("/en")).toBe("/")
    expect(safeReturnPath("/id?x=1")).toBe("/?x=1")
    expect(safeReturnPath("/entah")).toBe("/entah")
  })

  it.each([
    undefined,
    null,
    "",
    "akun",
    "https://contoh.id/akun",
    "//contoh.id",
    "/\\contoh.id",
    "/akun\\..\\x",
    "/akun pesanan",
    `/${"a".repeat(600)}`,
  ])("sends %j to the account page", (value) => {
    expect(safeReturnPath(value)).toBe("/akun")
  })

  it("never returns to the login or register page", () => {
    expect(safeReturnPath("/akun/masuk?kembali=/akun")).toBe("/akun")
    expect(safeReturnPath("/en/akun/daftar")).toBe("/akun")
  })
})

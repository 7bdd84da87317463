import { describe, expect, it } from "vitest"

import {
  parseOrderNumber,
  parsePage,
  readAccountAddressForm,
  readLoginForm,
  readRegisterForm,
  storedPhone,
  validateAccountAddress,
  validateLogin,
  validateLookup,
  validateProfile,
  validateRegister,
} from "./account-forms"

function form(values: Record<string, string>): FormData {
  const data = new FormData()
  for (const [key, value] of Object.entries(values)) {
    data.set(key, value)
  }
  return data
}

describe("login form", () => {
  it("trims and lower-cases the e-mail but keeps the password as typed", () => {
    expect(
      readLoginForm(form({ email: " Sari@Contoh.id ", password: " Rahasia " })),
    ).toEqual({ email: "sari@contoh.id", password: " Rahasia " })
  })

  it("needs an e-mail and a password", () => {
    expect(validateLogin({ email: "", password: "" })).toEqual({
      email: "required",
      password: "required",
    })
    expect(validateLogin({ email: "bukan", password: "x" })).toEqual({
      email: "invalid-email",
    })
    expect(validateLogin({ email: "a@contoh.id", password: "x" })).toEqual({})
  })
})

describe("register form", () => {
  it("lower-cases the e-mail, which Medusa compares exactly", () => {
    expect(readRegisterForm(form({ email: "Sari@Contoh.ID" })).email).toBe(
      "sari@contoh.id",
    )
  })

  const valid = readRegisterForm(
    form({
      full_name: "Sari Dewi",
      email: "sari@contoh.id",
      phone: "",
      password: "rahasia123",
    }),
  )

  it("accepts a name, an e-mail, no phone and a long enough password", () => {
    expect(validateRegister(valid)).toEqual({})
  })

  it("names every problem at once", () => {
    expect(
      validateRegister({ full_name: "", email: "x", phone: "123", password: "pendek" }),
    ).toEqual({
      full_name: "required",
      email: "invalid-email",
      phone: "invalid-phone",
      password: "password-too-short",
    })
  })
})

describe("profile form", () => {
  it("needs a name and checks a phone only when given", () => {
    expect(validateProfile({ full_name: "Sari", phone: "" })).toEqual({})
    expect(validateProfile({ full_name: "", phone: "0812 3456 7890" })).toEqual({
      full_name: "required",
    })
    expect(validateProfile({ full_name: "Sari", phone: "021-555" })).toEqual({
      phone: "invalid-phone",
    })
  })

  it("stores the phone in international form, or clears it", () => {
    expect(storedPhone("0812-3456-7890")).toBe("+6281234567890")
    expect(storedPhone("")).toBeNull()
  })
})

describe("validateAccountAddress", () => {
  const address = {
    full_name: "Sari Dewi",
    phone: "081234567890",
    province: "Jawa Timur",
    city: "Kota Surabaya",
    district: "Tegalsari",
    address_1: "Jl. Pemuda No. 12",
    postal_code: "60271",
  }

  it("applies the checkout's rules without asking for an e-mail", () => {
    expect(validateAccountAddress(address, ["Jawa Timur"])).toEqual({})
    expect(
      validateAccountAddress({ ...address, postal_code: "0123", city: "" }, [
        "Jawa Timur",
      ]),
    ).toEqual({ postal_code: "invalid-postal-code", city: "required" })
    expect(validateAccountAddress(address, ["Bali"])).toEqual({
      province: "unknown-province",
    })
  })
})

describe("order lookup form", () => {
  it.each([
    ["12", 12],
    ["#12", 12],
    [" # 7 ", 7],
    ["0", null],
    ["-3", null],
    ["1.5", null],
    ["abc", null],
    ["1234567890", null],
  ])("reads %j as %j", (input, expected) => {
    expect(parseOrderNumber(input)).toBe(expected)
  })

  it("needs a valid e-mail and order number", () => {
    expect(validateLookup({ email: "", order_number: "" })).toEqual({
      email: "required",
      order_number: "required",
    })
    expect(validateLookup({ email: "a@contoh.id", order_number: "x" })).toEqual({
      order_number: "invalid-order-number",
    })
    expect(validateLookup({ email: "a@contoh.id", order_number: "#3" })).toEqual({})
  })
})

describe("parsePage", () => {
  it.each([
    [undefined, 1],
    ["2", 2],
    [["3", "4"], 3],
    ["0", 1],
    ["-1", 1],
    ["dua", 1],
    ["99999", 1],
  ])("reads %j as page %d", (input, expected) => {
    expect(parsePage(input)).toBe(expected)
  })
})

describe("readAccountAddressForm", () => {
  it("reads the checkout's address fields without an e-mail", () => {
    const values = readAccountAddressForm(
      form({ full_name: " Sari ", email: "x@contoh.id", postal_code: "60271" }),
    )
    expect(values).not.toHaveProperty("email")
    expect(values).toMatchObject({ full_name: "Sari", postal_code: "60271", city: "" })
  })
})

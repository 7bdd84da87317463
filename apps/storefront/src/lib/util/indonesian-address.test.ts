import { describe, expect, it } from "vitest"

import {
  type AddressFormValues,
  addressLines,
  districtLine,
  fromMedusaAddress,
  isValidPostalCode,
  normalizePhone,
  readAddressForm,
  splitFullName,
  toMedusaAddress,
  validateAddressForm,
} from "./indonesian-address"

const PROVINCES = ["DKI Jakarta", "Jawa Timur"]

const valid: AddressFormValues = {
  email: "sari@contoh.id",
  full_name: "Sari Dewi Lestari",
  phone: "0812-3456-7890",
  province: "Jawa Timur",
  city: "Kota Surabaya",
  district: "Tegalsari",
  address_1: "Jl. Pemuda No. 12",
  postal_code: "60271",
}

describe("normalizePhone", () => {
  it("accepts local and international mobile numbers with separators", () => {
    expect(normalizePhone("081234567890")).toBe("+6281234567890")
    expect(normalizePhone("0812-3456-7890")).toBe("+6281234567890")
    expect(normalizePhone("+62 812 3456 7890")).toBe("+6281234567890")
    expect(normalizePhone("62812.3456.789")).toBe("+628123456789")
    expect(normalizePhone("(0812) 34567890")).toBe("+6281234567890")
  })

  it("rejects numbers that are not Indonesian mobile numbers", () => {
    for (const input of [
      "",
      "12345",
      "0212345678",
      "+6521234567",
      "08123",
      "0812345678901234",
      "08abc4567890",
    ]) {
      expect(normalizePhone(input)).toBeNull()
    }
  })
})

describe("isValidPostalCode", () => {
  it("wants five digits not starting with 0", () => {
    expect(isValidPostalCode("60271")).toBe(true)
    expect(isValidPostalCode(" 10110 ")).toBe(true)
    for (const input of ["6027", "602711", "06027", "6O271", ""]) {
      expect(isValidPostalCode(input)).toBe(false)
    }
  })
})

describe("validateAddressForm", () => {
  it("accepts a complete Indonesian address", () => {
    expect(validateAddressForm(valid, PROVINCES)).toEqual({})
  })

  it("reports every missing field", () => {
    const empty = fromMedusaAddress(null, null)
    const errors = validateAddressForm(empty, PROVINCES)
    expect(Object.keys(errors).sort()).toEqual(Object.keys(valid).sort())
    expect(new Set(Object.values(errors))).toEqual(new Set(["required"]))
  })

  it("names malformed e-mail, phone, postal code and unknown provinces", () => {
    expect(
      validateAddressForm(
        {
          ...valid,
          email: "sari@",
          phone: "021-555",
          postal_code: "123",
          province: "Jawa Tenggara",
        },
        PROVINCES,
      ),
    ).toEqual({
      email: "invalid-email",
      phone: "invalid-phone",
      postal_code: "invalid-postal-code",
      province: "unknown-province",
    })
  })

  it("leaves the province to the backend when the list could not be loaded", () => {
    expect(validateAddressForm({ ...valid, province: "Jawa Tenggara" }, [])).toEqual({})
  })
})

describe("address mapping", () => {
  it("maps the form onto a Medusa address with the district in address_2", () => {
    expect(toMedusaAddress(valid)).toEqual({
      first_name: "Sari",
      last_name: "Dewi Lestari",
      phone: "+6281234567890",
      address_1: "Jl. Pemuda No. 12",
      address_2: "Kec. Tegalsari",
      city: "Kota Surabaya",
      province: "Jawa Timur",
      postal_code: "60271",
      country_code: "id",
    })
  })

  it("does not double the district prefix the buyer may type", () => {
    expect(districtLine("Kecamatan Tegalsari")).toBe("Kec. Tegalsari")
    expect(districtLine("kec. Genteng")).toBe("Kec. Genteng")
    expect(districtLine("Kebayoran Baru")).toBe("Kec. Kebayoran Baru")
  })

  it("keeps single names whole", () => {
    expect(splitFullName("  Suparman ")).toEqual({
      first_name: "Suparman",
      last_name: "",
    })
  })

  it("reads back what it stored", () => {
    const stored = toMedusaAddress(valid)
    expect(fromMedusaAddress(valid.email, stored)).toEqual({
      ...valid,
      phone: "+6281234567890",
    })
  })

  it("reads and trims form data", () => {
    const formData = new FormData()
    formData.set("email", " sari@contoh.id ")
    formData.set("district", "Tegalsari")
    const values = readAddressForm(formData)
    expect(values.email).toBe("sari@contoh.id")
    expect(values.district).toBe("Tegalsari")
    expect(values.city).toBe("")
  })

  it("summarises an address in three lines", () => {
    expect(addressLines(toMedusaAddress(valid))).toEqual([
      "Jl. Pemuda No. 12",
      "Kec. Tegalsari, Kota Surabaya",
      "Jawa Timur 60271",
    ])
  })
})

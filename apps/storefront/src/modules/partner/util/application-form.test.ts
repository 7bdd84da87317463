import { describe, expect, it } from "vitest"

import {
  applicationRefusal,
  emptyApplication,
  readApplicationForm,
  splitRefusal,
  toApplicationBody,
} from "./application-form"

function form(values: Record<string, string>): FormData {
  const data = new FormData()
  for (const [key, value] of Object.entries(values)) {
    data.set(key, value)
  }
  return data
}

const filled = {
  business_name: " Toko Sari ",
  npwp: "01.234.567.8-901.000",
  contact_name: "Sari Dewi",
  email: "sari@contoh.id",
  phone: "0812 3456 7890",
  address_1: "Jl. Melati 5",
  address_2: "",
  city: "Surabaya",
  province: "Jawa Timur",
  postal_code: "60111",
  expected_monthly_volume: "120",
  notes: "",
}

describe("reading the application form", () => {
  it("trims every field and reads a missing one as empty", () => {
    const values = readApplicationForm(form({ business_name: " Toko Sari " }))
    expect(values).toEqual({ ...emptyApplication(), business_name: "Toko Sari" })
  })
})

describe("the application body", () => {
  it("nests the address, fixes the country and sends the volume as a number", () => {
    expect(toApplicationBody(readApplicationForm(form(filled)))).toEqual({
      business_name: "Toko Sari",
      npwp: "01.234.567.8-901.000",
      contact_name: "Sari Dewi",
      email: "sari@contoh.id",
      phone: "0812 3456 7890",
      address: {
        address_1: "Jl. Melati 5",
        city: "Surabaya",
        province: "Jawa Timur",
        postal_code: "60111",
        country_code: "id",
      },
      expected_monthly_volume: 120,
    })
  })

  it("sends the optional fields only when filled in", () => {
    const body = toApplicationBody(
      readApplicationForm(form({ ...filled, address_2: "Lantai 2", notes: "Kafe" })),
    )
    expect(body.notes).toBe("Kafe")
    expect(body.address).toMatchObject({ address_2: "Lantai 2" })
  })

  it("leaves a volume that is not a whole number for the backend to refuse", () => {
    const body = toApplicationBody({
      ...emptyApplication(),
      expected_monthly_volume: "1,5",
    })
    expect(body.expected_monthly_volume).toBe("1,5")
  })
})

describe("splitting a refusal", () => {
  it("reads the field each part starts with", () => {
    expect(
      splitRefusal(
        "npwp: must have 15 or 16 digits; address.postal_code: must be 5 digits",
      ),
    ).toEqual([
      {
        field: "npwp",
        message: "must have 15 or 16 digits",
        text: "npwp: must have 15 or 16 digits",
      },
      {
        field: "address.postal_code",
        message: "must be 5 digits",
        text: "address.postal_code: must be 5 digits",
      },
    ])
  })

  it("reads Medusa's own wording", () => {
    expect(splitRefusal("Invalid request: Field 'email' is required")).toEqual([
      {
        field: "email",
        message: "Field 'email' is required",
        text: "Field 'email' is required",
      },
    ])
  })

  it("keeps a message that names no field", () => {
    expect(splitRefusal("Something is off")).toEqual([
      { field: null, message: "Something is off", text: "Something is off" },
    ])
  })
})

describe("the refusal per field", () => {
  it("puts each message next to its form field, the address unnested", () => {
    expect(
      applicationRefusal(
        "npwp: a pending application already has this NPWP; address.city: required",
      ),
    ).toEqual({
      fields: {
        npwp: "a pending application already has this NPWP",
        city: "required",
      },
      other: [],
    })
  })

  it("keeps the first message of a field", () => {
    expect(applicationRefusal("email: required; email: invalid").fields).toEqual({
      email: "required",
    })
  })

  it("leaves fields the form does not show for the form-wide message", () => {
    expect(applicationRefusal("address.country_code: must be id; foo: bar")).toEqual({
      fields: {},
      other: ["address.country_code: must be id", "foo: bar"],
    })
  })

  it("does not take a nested name for a top-level field", () => {
    expect(applicationRefusal("address.notes: x").fields).toEqual({})
    expect(applicationRefusal("postal_code: must be 5 digits").fields).toEqual({
      postal_code: "must be 5 digits",
    })
  })
})

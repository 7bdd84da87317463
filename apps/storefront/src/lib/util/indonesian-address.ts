import type { HttpTypes } from "@medusajs/types"

import { STORE_COUNTRY_CODE } from "@/lib/config"

/** What the buyer types in the checkout's contact and address step. */
export type AddressFormValues = {
  email: string
  full_name: string
  phone: string
  province: string
  city: string
  district: string
  address_1: string
  postal_code: string
}

export type AddressField = keyof AddressFormValues

export type AddressFieldError =
  | "required"
  | "invalid-email"
  | "invalid-phone"
  | "invalid-postal-code"
  | "unknown-province"

export type AddressFormErrors = Partial<Record<AddressField, AddressFieldError>>

export const ADDRESS_FIELDS: readonly AddressField[] = [
  "email",
  "full_name",
  "phone",
  "province",
  "city",
  "district",
  "address_1",
  "postal_code",
]

const DISTRICT_PREFIX = "Kec. "

// Separators people type inside phone numbers: "0812-3456 7890", "(0812) 3456.7890".
const PHONE_SEPARATORS = /[\s\-.()]/g

/**
 * An Indonesian mobile number as +628…, or null when it is not one. Accepts the local
 * form (08…), the international form (+628… or 628…) and common separators.
 */
export function normalizePhone(input: string): string | null {
  const compact = input.replace(PHONE_SEPARATORS, "")
  const match = /^(?:\+62|62|0)(8\d{8,11})$/.exec(compact)
  return match ? `+62${match[1]}` : null
}

/** Indonesian postal codes have five digits and never start with 0. */
export function isValidPostalCode(input: string): boolean {
  return /^[1-9]\d{4}$/.test(input.trim())
}

export function isValidEmail(input: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.trim())
}

/** The district as it is stored in address_2, e.g. "Kec. Tegalsari". */
export function districtLine(district: string): string {
  const name = district.trim().replace(/^kec(?:amatan|\.)?\s*/i, "")
  return `${DISTRICT_PREFIX}${name}`
}

function districtFromLine(line: string | null | undefined): string {
  if (!line) {
    return ""
  }
  return line.startsWith(DISTRICT_PREFIX) ? line.slice(DISTRICT_PREFIX.length) : line
}

/** Medusa wants first and last names; many Indonesians have one name only. */
export function splitFullName(fullName: string): {
  first_name: string
  last_name: string
} {
  const [first = "", ...rest] = fullName.trim().split(/\s+/)
  return { first_name: first, last_name: rest.join(" ") }
}

export function readAddressForm(formData: FormData): AddressFormValues {
  const read = (field: AddressField) => {
    const value = formData.get(field)
    return typeof value === "string" ? value.trim() : ""
  }
  return Object.fromEntries(
    ADDRESS_FIELDS.map((field) => [field, read(field)]),
  ) as AddressFormValues
}

/** Every problem of the form at once, so the buyer can fix them in one go. */
export function validateAddressForm(
  values: AddressFormValues,
  provinces: readonly string[],
): AddressFormErrors {
  const errors: AddressFormErrors = {}
  for (const field of ADDRESS_FIELDS) {
    if (!values[field]) {
      errors[field] = "required"
    }
  }
  if (values.email && !isValidEmail(values.email)) {
    errors.email = "invalid-email"
  }
  if (values.phone && !normalizePhone(values.phone)) {
    errors.phone = "invalid-phone"
  }
  if (values.postal_code && !isValidPostalCode(values.postal_code)) {
    errors.postal_code = "invalid-postal-code"
  }
  // An empty province list means the backend could not tell; the backend checks again.
  if (values.province && provinces.length > 0 && !provinces.includes(values.province)) {
    errors.province = "unknown-province"
  }
  return errors
}

/** The cart's shipping address for valid form values. */
export function toMedusaAddress(values: AddressFormValues): HttpTypes.StoreAddAddress {
  return {
    ...splitFullName(values.full_name),
    phone: normalizePhone(values.phone) ?? values.phone,
    address_1: values.address_1,
    address_2: districtLine(values.district),
    city: values.city,
    province: values.province,
    postal_code: values.postal_code.trim(),
    country_code: STORE_COUNTRY_CODE,
  }
}

type StoredAddress = Partial<
  Record<
    | "first_name"
    | "last_name"
    | "phone"
    | "address_1"
    | "address_2"
    | "city"
    | "province"
    | "postal_code",
    string | null
  >
>

/** Form values from what the cart already holds, so a reload or an edit starts filled in. */
export function fromMedusaAddress(
  email: string | null | undefined,
  address: StoredAddress | null | undefined,
): AddressFormValues {
  return {
    email: email ?? "",
    full_name: [address?.first_name, address?.last_name].filter(Boolean).join(" "),
    phone: address?.phone ?? "",
    province: address?.province ?? "",
    city: address?.city ?? "",
    district: districtFromLine(address?.address_2),
    address_1: address?.address_1 ?? "",
    postal_code: address?.postal_code ?? "",
  }
}

/** The address as lines for summaries: street, district and city, province and postal code. */
export function addressLines(address: StoredAddress): string[] {
  return [
    address.address_1,
    [address.address_2, address.city].filter(Boolean).join(", "),
    [address.province, address.postal_code].filter(Boolean).join(" "),
  ].filter((line): line is string => Boolean(line))
}

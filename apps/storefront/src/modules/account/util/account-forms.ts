import {
  type AddressFormErrors,
  type AddressFormValues,
  isValidEmail,
  normalizePhone,
  readAddressForm,
  validateAddressForm,
} from "@/lib/util/indonesian-address"

/** Medusa sets no rule; eight characters keeps the weakest passwords out. */
export const MIN_PASSWORD_LENGTH = 8

export type FieldError =
  | "required"
  | "invalid-email"
  | "invalid-phone"
  | "password-too-short"
  | "invalid-order-number"

export type FormErrors<Field extends string> = Partial<Record<Field, FieldError>>

function text(formData: FormData, field: string): string {
  const value = formData.get(field)
  return typeof value === "string" ? value.trim() : ""
}

// Passwords are taken as typed: spaces at either end may be part of them.
function secret(formData: FormData, field: string): string {
  const value = formData.get(field)
  return typeof value === "string" ? value : ""
}

/**
 * Medusa matches logins by the exact e-mail, so "Sari@…" and "sari@…" would be two
 * accounts; phones capitalise the first letter on their own.
 */
function email(formData: FormData): string {
  return text(formData, "email").toLowerCase()
}

function emailError(value: string): FieldError | undefined {
  if (!value) {
    return "required"
  }
  return isValidEmail(value) ? undefined : "invalid-email"
}

function optionalPhoneError(phone: string): FieldError | undefined {
  return phone && !normalizePhone(phone) ? "invalid-phone" : undefined
}

function withoutEmpty<Field extends string>(
  errors: Record<Field, FieldError | undefined>,
): FormErrors<Field> {
  return Object.fromEntries(
    Object.entries(errors).filter(([, error]) => error !== undefined),
  ) as FormErrors<Field>
}

export type LoginValues = { email: string; password: string }

export function readLoginForm(formData: FormData): LoginValues {
  return { email: email(formData), password: secret(formData, "password") }
}

export function validateLogin(values: LoginValues): FormErrors<keyof LoginValues> {
  return withoutEmpty({
    email: emailError(values.email),
    password: values.password ? undefined : "required",
  })
}

export type RegisterValues = {
  full_name: string
  email: string
  phone: string
  password: string
}

export function readRegisterForm(formData: FormData): RegisterValues {
  return {
    full_name: text(formData, "full_name"),
    email: email(formData),
    phone: text(formData, "phone"),
    password: secret(formData, "password"),
  }
}

export function validateRegister(
  values: RegisterValues,
): FormErrors<keyof RegisterValues> {
  return withoutEmpty({
    full_name: values.full_name ? undefined : "required",
    email: emailError(values.email),
    phone: optionalPhoneError(values.phone),
    password: !values.password
      ? "required"
      : values.password.length < MIN_PASSWORD_LENGTH
        ? "password-too-short"
        : undefined,
  })
}

export type ProfileValues = { full_name: string; phone: string }

export function readProfileForm(formData: FormData): ProfileValues {
  return { full_name: text(formData, "full_name"), phone: text(formData, "phone") }
}

export function validateProfile(values: ProfileValues): FormErrors<keyof ProfileValues> {
  return withoutEmpty({
    full_name: values.full_name ? undefined : "required",
    phone: optionalPhoneError(values.phone),
  })
}

/** The phone as Medusa stores it: +628…, or null to clear it. */
export function storedPhone(phone: string): string | null {
  return phone ? (normalizePhone(phone) ?? phone) : null
}

/** An address book entry is the checkout's address without its e-mail. */
export type AccountAddressValues = Omit<AddressFormValues, "email">
export type AccountAddressErrors = Omit<AddressFormErrors, "email">

export function withoutEmail(values: AddressFormValues): AccountAddressValues {
  const copy: Partial<AddressFormValues> = { ...values }
  delete copy.email
  return copy as AccountAddressValues
}

export function readAccountAddressForm(formData: FormData): AccountAddressValues {
  return withoutEmail(readAddressForm(formData))
}

/** The checkout's rules, minus the e-mail an address book entry does not have. */
export function validateAccountAddress(
  values: AccountAddressValues,
  provinces: readonly string[],
): AccountAddressErrors {
  const errors = validateAddressForm({ ...values, email: "" }, provinces)
  delete errors.email
  return errors
}

export type LookupValues = { email: string; order_number: string }

export function readLookupForm(formData: FormData): LookupValues {
  return { email: text(formData, "email"), order_number: text(formData, "order_number") }
}

/** The order number as printed ("#12") or typed ("12"); null when it is not one. */
export function parseOrderNumber(input: string): number | null {
  const match = /^#?\s*(\d{1,9})$/.exec(input.trim())
  const number = match ? Number(match[1]) : 0
  return number > 0 ? number : null
}

export function validateLookup(values: LookupValues): FormErrors<keyof LookupValues> {
  return withoutEmpty({
    email: emailError(values.email),
    order_number: !values.order_number
      ? "required"
      : parseOrderNumber(values.order_number) === null
        ? "invalid-order-number"
        : undefined,
  })
}

/** 1-based page from `?halaman=`; anything odd is the first page. */
export function parsePage(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value
  const page = raw && /^\d{1,4}$/.test(raw) ? Number(raw) : 1
  return page >= 1 ? page : 1
}

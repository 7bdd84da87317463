"use server"

import { getLocale } from "next-intl/server"
import { refresh } from "next/cache"

import { redirect } from "@/i18n/navigation"
import { removeAuthToken, removeCartId, setAuthToken } from "@/lib/data/cookies"
import {
  addCustomerAddress,
  deleteCustomerAddress,
  logInWithPassword,
  registerCustomer,
  retrieveCustomer,
  updateCustomer,
  updateCustomerAddress,
} from "@/lib/data/customer"
import { lookUpOrder, rememberOrderLookup } from "@/lib/data/order-lookup"
import { isStoreError } from "@/lib/data/store-api"
import { splitFullName, toMedusaAddress } from "@/lib/util/indonesian-address"
import { accountProvinces } from "@/modules/account/provinces"
import {
  parseOrderNumber,
  readAccountAddressForm,
  readLoginForm,
  readLookupForm,
  readProfileForm,
  readRegisterForm,
  storedPhone,
  validateAccountAddress,
  validateLogin,
  validateLookup,
  validateProfile,
  validateRegister,
} from "@/modules/account/util/account-forms"
import { readTokenClaims, tokenLifetimeSeconds } from "@/modules/account/util/auth-token"
import {
  LOGIN_PAGE,
  RETURN_PARAM,
  safeReturnPath,
} from "@/modules/account/util/return-path"

export type FormError =
  | "invalid-credentials"
  | "unfinished-registration"
  | "email-taken"
  | "not-found"
  | "failed"

/** What a form shows after a round trip: what was typed (never a password) and why not. */
export type AccountFormState = {
  values?: Record<string, string>
  errors: Record<string, string>
  error?: FormError
  saved?: boolean
}

async function goTo(href: string | { pathname: string; query: Record<string, string> }) {
  return redirect({ href, locale: await getLocale() })
}

function failed(action: string, error: unknown, values?: Record<string, string>) {
  console.error(`[storefront] ${action} failed:`, error)
  return { values, errors: {}, error: "failed" } satisfies AccountFormState
}

/** A Server Action of the account pages run without a login goes to the login page. */
async function requireLogin(returnTo: string) {
  const customer = await retrieveCustomer()
  if (!customer) {
    return goTo({ pathname: LOGIN_PAGE, query: { [RETURN_PARAM]: returnTo } })
  }
  return customer
}

function isLoginExpired(error: unknown): boolean {
  return isStoreError(error, 401)
}

export async function logIn(
  _previous: AccountFormState,
  formData: FormData,
): Promise<AccountFormState> {
  const values = readLoginForm(formData)
  const kept = { email: values.email }
  const errors = validateLogin(values)
  if (Object.keys(errors).length > 0) {
    return { values: kept, errors }
  }
  let token: string | null
  try {
    token = await logInWithPassword(values.email, values.password)
  } catch (error) {
    return failed("logging in", error, kept)
  }
  if (!token) {
    return { values: kept, errors: {}, error: "invalid-credentials" }
  }
  if (readTokenClaims(token)?.actorId === "") {
    return { values: kept, errors: {}, error: "unfinished-registration" }
  }
  await setAuthToken(token, tokenLifetimeSeconds(token))
  return goTo(safeReturnPath(formData.get(RETURN_PARAM)))
}

export async function register(
  _previous: AccountFormState,
  formData: FormData,
): Promise<AccountFormState> {
  const values = readRegisterForm(formData)
  const kept = { full_name: values.full_name, email: values.email, phone: values.phone }
  const errors = validateRegister(values)
  if (Object.keys(errors).length > 0) {
    return { values: kept, errors }
  }
  let token: string | null
  try {
    token = await registerCustomer({
      email: values.email,
      password: values.password,
      ...splitFullName(values.full_name),
      phone: storedPhone(values.phone),
    })
  } catch (error) {
    return failed("registering", error, kept)
  }
  if (!token) {
    return { values: kept, errors: {}, error: "email-taken" }
  }
  await setAuthToken(token, tokenLifetimeSeconds(token))
  return goTo(safeReturnPath(formData.get(RETURN_PARAM)))
}

/** The cart goes too: once claimed by the account, it holds the customer's address. */
export async function logOut(): Promise<void> {
  await removeAuthToken()
  await removeCartId()
  await goTo("/")
}

export async function updateProfile(
  _previous: AccountFormState,
  formData: FormData,
): Promise<AccountFormState> {
  await requireLogin("/akun")
  const values = readProfileForm(formData)
  const errors = validateProfile(values)
  if (Object.keys(errors).length > 0) {
    return { values, errors }
  }
  try {
    await updateCustomer({
      ...splitFullName(values.full_name),
      phone: storedPhone(values.phone),
    })
  } catch (error) {
    if (isLoginExpired(error)) {
      return goTo({ pathname: LOGIN_PAGE, query: { [RETURN_PARAM]: "/akun" } })
    }
    return failed("updating the profile", error, values)
  }
  refresh()
  return { values, errors: {}, saved: true }
}

function readId(formData: FormData, field: string): string | null {
  const value = formData.get(field)
  return typeof value === "string" && /^[\w-]{1,100}$/.test(value) ? value : null
}

/** Adds an address, or changes the one named by `address_id`. */
export async function saveAddress(
  _previous: AccountFormState,
  formData: FormData,
): Promise<AccountFormState> {
  const addressId = readId(formData, "address_id")
  const page = addressId ? `/akun/alamat/${addressId}` : "/akun/alamat/baru"
  await requireLogin(page)
  const address = readAccountAddressForm(formData)
  const errors = validateAccountAddress(address, await accountProvinces())
  if (Object.keys(errors).length > 0) {
    return { values: address, errors }
  }
  const medusaAddress = toMedusaAddress({ ...address, email: "" })
  try {
    if (addressId) {
      await updateCustomerAddress(addressId, medusaAddress)
    } else {
      await addCustomerAddress(medusaAddress)
    }
  } catch (error) {
    if (isLoginExpired(error)) {
      return goTo({ pathname: LOGIN_PAGE, query: { [RETURN_PARAM]: page } })
    }
    return failed("saving an address", error, address)
  }
  return goTo({ pathname: "/akun/alamat", query: { status: "tersimpan" } })
}

export async function deleteAddress(formData: FormData): Promise<void> {
  await requireLogin("/akun/alamat")
  const addressId = readId(formData, "address_id")
  let status = "dihapus"
  try {
    if (!addressId) {
      throw new Error("No address id in the form")
    }
    await deleteCustomerAddress(addressId)
  } catch (error) {
    console.error("[storefront] deleting an address failed:", error)
    status = "gagal-hapus"
  }
  await goTo({ pathname: "/akun/alamat", query: { status } })
}

export async function lookUpGuestOrder(
  _previous: AccountFormState,
  formData: FormData,
): Promise<AccountFormState> {
  const values = readLookupForm(formData)
  const errors = validateLookup(values)
  const displayId = parseOrderNumber(values.order_number)
  if (Object.keys(errors).length > 0 || displayId === null) {
    return { values, errors }
  }
  const lookup = { email: values.email, display_id: displayId }
  try {
    if (!(await lookUpOrder(lookup))) {
      return { values, errors: {}, error: "not-found" }
    }
  } catch (error) {
    return failed("looking up an order", error, values)
  }
  await rememberOrderLookup(lookup)
  return goTo("/lacak-pesanan/hasil")
}

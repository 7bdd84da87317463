"use server"

import { getLocale } from "next-intl/server"
import { refresh } from "next/cache"

import { redirect } from "@/i18n/navigation"
import { stripePublishableKey } from "@/lib/config"
import {
  addShippingMethod,
  completeCart,
  listShippingGroups,
  retrieveCart,
  saveContactAndAddress,
  startPaymentSession,
} from "@/lib/data/cart"
import { listPaymentProviderIds, listProvinces } from "@/lib/data/checkout-options"
import { removeCartId } from "@/lib/data/cookies"
import { isPartnerBuyer } from "@/lib/data/partner-documents"
import { storeErrorMessage } from "@/lib/data/store-api"
import { chosenPaymentSession } from "@/lib/util/checkout-progress"
import {
  type AddressFormErrors,
  type AddressFormValues,
  readAddressForm,
  toMedusaAddress,
  validateAddressForm,
} from "@/lib/util/indonesian-address"
import { offeredPaymentProviders } from "@/lib/util/payment-providers"
import { isOfferedOption } from "@/lib/util/shipping-groups"

const CART_PAGE = "/keranjang"

/** Redirects within the buyer's language: the action runs under the page's locale. */
async function redirectInLocale(href: string): Promise<never> {
  return redirect({ href, locale: await getLocale() })
}

export type AddressActionState = {
  values?: AddressFormValues
  errors: AddressFormErrors
  failed?: boolean
}

async function provincesOrNone(): Promise<string[]> {
  try {
    return await listProvinces()
  } catch {
    return []
  }
}

export async function saveAddress(
  _previous: AddressActionState,
  formData: FormData,
): Promise<AddressActionState> {
  const values = readAddressForm(formData)
  const errors = validateAddressForm(values, await provincesOrNone())
  if (Object.keys(errors).length > 0) {
    return { values, errors }
  }
  if (!(await retrieveCart())) {
    return redirectInLocale(CART_PAGE)
  }
  try {
    await saveContactAndAddress(values.email, toMedusaAddress(values))
  } catch (error) {
    console.error("[storefront] saving the checkout address failed:", error)
    return { values, errors: {}, failed: true }
  }
  return redirectInLocale("/checkout?langkah=pengiriman")
}

export type ChoiceActionState = { error?: "refused" | "failed" }

export async function chooseShippingOption(
  _previous: ChoiceActionState,
  formData: FormData,
): Promise<ChoiceActionState> {
  const optionId = formData.get("option_id")
  const cart = await retrieveCart()
  if (!cart) {
    return redirectInLocale(CART_PAGE)
  }
  try {
    const shipping = await listShippingGroups(cart.id)
    if (
      typeof optionId !== "string" ||
      !isOfferedOption(shipping?.groups ?? [], optionId)
    ) {
      return { error: "refused" }
    }
    await addShippingMethod(optionId)
  } catch (error) {
    console.error("[storefront] choosing a shipping option failed:", error)
    return { error: storeErrorMessage(error) ? "refused" : "failed" }
  }
  refresh()
  return {}
}

export async function choosePaymentProvider(
  _previous: ChoiceActionState,
  formData: FormData,
): Promise<ChoiceActionState> {
  const providerId = formData.get("provider_id")
  const cart = await retrieveCart()
  if (!cart) {
    return redirectInLocale(CART_PAGE)
  }
  try {
    const [regionProviderIds, partnerBuyer] = await Promise.all([
      listPaymentProviderIds(cart.region_id!),
      isPartnerBuyer(),
    ])
    const offered = offeredPaymentProviders(regionProviderIds, {
      stripeConfigured: Boolean(stripePublishableKey),
      partnerBuyer,
    })
    if (typeof providerId !== "string" || !offered.includes(providerId)) {
      return { error: "refused" }
    }
    // Choosing the same provider again keeps its session (and a transfer reference).
    if (chosenPaymentSession(cart, [providerId]) === undefined) {
      await startPaymentSession(cart, providerId)
    }
  } catch (error) {
    console.error("[storefront] starting a payment session failed:", error)
    return { error: storeErrorMessage(error) ? "refused" : "failed" }
  }
  return redirectInLocale("/checkout?langkah=tinjau")
}

export type PlaceOrderState = { error?: "refused" | "failed"; detail?: string }

/**
 * Completes the cart. Safe to call twice: the button is disabled while it runs, and
 * Medusa answers a second completion of the same cart with the same order.
 */
export async function placeOrder(): Promise<PlaceOrderState> {
  let orderId: string
  try {
    const result = await completeCart()
    if (result.type === "cart") {
      return { error: "refused", detail: result.error?.message }
    }
    orderId = result.order.id
  } catch (error) {
    console.error("[storefront] completing the cart failed:", error)
    const detail = storeErrorMessage(error)
    return detail ? { error: "refused", detail } : { error: "failed" }
  }
  await removeCartId()
  return redirectInLocale(`/pesanan/${orderId}`)
}

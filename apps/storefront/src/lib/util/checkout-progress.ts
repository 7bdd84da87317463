import { everyGroupHasOption, type ShippingGroup } from "@/lib/util/shipping-groups"

export const CHECKOUT_STEPS = ["alamat", "pengiriman", "pembayaran", "tinjau"] as const

export type CheckoutStep = (typeof CHECKOUT_STEPS)[number]

type PaymentSession = { id: string; provider_id: string; status: string }

/** The parts of a cart that tell how far its checkout has come. */
export type CheckoutCart<Session extends PaymentSession = PaymentSession> = {
  email?: string | null
  shipping_address?: {
    address_1?: string | null
    city?: string | null
    province?: string | null
    postal_code?: string | null
    phone?: string | null
  } | null
  payment_collection?: { payment_sessions?: Session[] | null } | null
}

export type CheckoutProgress = Record<Exclude<CheckoutStep, "tinjau">, boolean>

export function hasContactAndAddress(cart: CheckoutCart): boolean {
  const address = cart.shipping_address
  return Boolean(
    cart.email &&
      address?.address_1 &&
      address.city &&
      address.province &&
      address.postal_code &&
      address.phone,
  )
}

/**
 * The session the buyer chose. Medusa drops sessions when the cart total changes, so
 * a session that is still pending belongs to the current total.
 */
export function chosenPaymentSession<Session extends PaymentSession>(
  cart: CheckoutCart<Session>,
  offeredProviderIds: readonly string[],
): Session | undefined {
  return (cart.payment_collection?.payment_sessions ?? []).find(
    (session) =>
      offeredProviderIds.includes(session.provider_id) &&
      ["pending", "requires_more", "authorized"].includes(session.status),
  )
}

export function checkoutProgress(
  cart: CheckoutCart,
  groups: ShippingGroup[] | null,
  offeredProviderIds: readonly string[],
): CheckoutProgress {
  const alamat = hasContactAndAddress(cart)
  const pengiriman = alamat && groups !== null && everyGroupHasOption(groups)
  const pembayaran =
    pengiriman && chosenPaymentSession(cart, offeredProviderIds) !== undefined
  return { alamat, pengiriman, pembayaran }
}

export function parseCheckoutStep(value: unknown): CheckoutStep | undefined {
  const first = Array.isArray(value) ? value[0] : value
  return CHECKOUT_STEPS.find((step) => step === first)
}

/**
 * The step to show: the one asked for when every step before it is done (so "Ubah"
 * links go back), otherwise the first one still open.
 */
export function currentCheckoutStep(
  requested: CheckoutStep | undefined,
  progress: CheckoutProgress,
): CheckoutStep {
  const firstOpen = CHECKOUT_STEPS.find(
    (step) => step === "tinjau" || !progress[step as keyof CheckoutProgress],
  )!
  if (!requested) {
    return firstOpen
  }
  return CHECKOUT_STEPS.indexOf(requested) <= CHECKOUT_STEPS.indexOf(firstOpen)
    ? requested
    : firstOpen
}

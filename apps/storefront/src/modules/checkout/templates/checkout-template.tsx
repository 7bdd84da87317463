import type { HttpTypes } from "@medusajs/types"
import { NextIntlClientProvider, useMessages, useTranslations } from "next-intl"

import { Link } from "@/i18n/navigation"
import { displayTotals } from "@/lib/util/cart-summary"
import type { CheckoutProgress, CheckoutStep } from "@/lib/util/checkout-progress"
import {
  addressLines,
  type AddressFormValues,
  fromMedusaAddress,
} from "@/lib/util/indonesian-address"
import type { ShippingGroups } from "@/lib/util/shipping-groups"
import { CartTotals } from "@/modules/cart/components/cart-totals"
import { LineItemRow } from "@/modules/cart/components/line-item-row"
import { AddressForm } from "@/modules/checkout/components/address-form"
import { PaymentPicker } from "@/modules/checkout/components/payment-picker"
import { PlaceOrder, type StripeSession } from "@/modules/checkout/components/place-order"
import { ShippingStep } from "@/modules/checkout/components/shipping-step"
import { type StepStatus, StepSection } from "@/modules/checkout/components/step-section"
import {
  AddressSummary,
  ContactSummary,
  PaymentChoice,
  ShipmentChoices,
} from "@/modules/checkout/components/step-summaries"

import styles from "./checkout-template.module.css"

export type CheckoutView = {
  cart: HttpTypes.StoreCart
  step: CheckoutStep
  progress: CheckoutProgress
  provinces: string[]
  shipping: ShippingGroups | null
  providerIds: string[]
  chosenProviderId: string | null
  /** The partner shop's invoice terms, for buyers offered pay by invoice. */
  paymentTermsDays: number | null
  /** Set when the chosen provider is Stripe and its Payment Element must be shown. */
  stripe: StripeSession | null
  /** The buyer came back from a payment page that already confirmed the payment. */
  stripeConfirmed: boolean
}

function statusOf(view: CheckoutView, step: CheckoutStep): StepStatus {
  if (view.step === step) {
    return "current"
  }
  return step !== "tinjau" && view.progress[step] ? "done" : "locked"
}

export function CheckoutTemplate(view: CheckoutView) {
  const t = useTranslations("checkout")
  const { checkout: messages } = useMessages()
  const { cart, step, shipping } = view
  const address = cart.shipping_address
  const initialAddress: AddressFormValues = fromMedusaAddress(cart.email, address)
  const totals = displayTotals(cart)
  const shippingChosen = view.progress.pengiriman
  const items = cart.items ?? []
  const reviewing = step === "tinjau"

  const itemList = (
    <ul className={styles.items}>
      {items.map((item) => (
        <LineItemRow key={item.id} item={item} />
      ))}
    </ul>
  )

  return (
    <div className={styles.checkout}>
      <Link href="/keranjang" className={styles.back}>
        {t("backToCart")}
      </Link>
      <h1>{t("title")}</h1>
      <div className={reviewing ? styles.single : styles.layout}>
        {/* The step forms run in the browser: send them only the strings they show. */}
        <NextIntlClientProvider
          messages={{
            checkout: {
              saving: messages.saving,
              steps: messages.steps,
              address: messages.address,
              shippingChoice: messages.shippingChoice,
              payment: messages.payment,
              placeOrder: messages.placeOrder,
            },
          }}
        >
          <ol className={styles.steps}>
            <StepSection
              step="alamat"
              position={1}
              status={statusOf(view, "alamat")}
              summary={
                address && (
                  <div className={styles.summaryGrid}>
                    <ContactSummary
                      email={initialAddress.email}
                      name={initialAddress.full_name}
                      phone={address.phone}
                    />
                    <AddressSummary lines={addressLines(address)} />
                  </div>
                )
              }
            >
              <AddressForm initial={initialAddress} provinces={view.provinces} />
            </StepSection>

            <StepSection
              step="pengiriman"
              position={2}
              status={statusOf(view, "pengiriman")}
              summary={shipping && <ShipmentChoices shipping={shipping} />}
            >
              <ShippingStep shipping={shipping} />
            </StepSection>

            <StepSection
              step="pembayaran"
              position={3}
              status={statusOf(view, "pembayaran")}
              summary={
                view.chosenProviderId && (
                  <PaymentChoice
                    providerId={view.chosenProviderId}
                    termsDays={view.paymentTermsDays}
                  />
                )
              }
            >
              {view.providerIds.length > 0 ? (
                <PaymentPicker
                  providerIds={view.providerIds}
                  chosenId={view.chosenProviderId}
                  termsDays={view.paymentTermsDays}
                />
              ) : (
                <p>{t("payment.none")}</p>
              )}
            </StepSection>

            <StepSection step="tinjau" position={4} status={statusOf(view, "tinjau")}>
              <div className={styles.review}>
                <section aria-labelledby="tinjau-barang">
                  <h3 id="tinjau-barang">{t("review.itemsHeading")}</h3>
                  {itemList}
                </section>
                <section aria-labelledby="tinjau-biaya">
                  <h3 id="tinjau-biaya">{t("review.totalsHeading")}</h3>
                  <CartTotals totals={totals} shippingChosen={shippingChosen} />
                </section>
                {view.stripeConfirmed && <p>{t("review.stripeReturned")}</p>}
                <PlaceOrder stripe={view.stripeConfirmed ? null : view.stripe} />
              </div>
            </StepSection>
          </ol>
        </NextIntlClientProvider>

        {!reviewing && (
          <aside className={styles.summary} aria-labelledby="ringkasan-pesanan">
            <h2 id="ringkasan-pesanan">{t("summaryHeading")}</h2>
            {itemList}
            <CartTotals totals={totals} shippingChosen={shippingChosen} />
          </aside>
        )}
      </div>
    </div>
  )
}

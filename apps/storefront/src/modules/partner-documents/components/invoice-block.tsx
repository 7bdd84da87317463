import { getTranslations } from "next-intl/server"
import { unstable_rethrow } from "next/navigation"

import { Link } from "@/i18n/navigation"
import { type Invoice, retrieveOrderInvoice } from "@/lib/data/partner-documents"

import { InvoiceSummary } from "./invoice-summary"
import styles from "./partner-documents.module.css"
import { TaxDetails } from "./tax-details"

/** The invoice only adds to an order's page; the order stands without it. */
async function invoiceOrNone(orderId: string): Promise<Invoice | null> {
  try {
    return await retrieveOrderInvoice(orderId)
  } catch (error) {
    unstable_rethrow(error)
    console.error("[storefront] reading an order's invoice failed:", error)
    return null
  }
}

/**
 * An order's invoice with the tax details it was issued to, shown to partner buyers only;
 * renders nothing for everyone else and for orders without an invoice.
 */
export async function InvoiceBlock({ orderId }: { orderId: string }) {
  const invoice = await invoiceOrNone(orderId)
  if (!invoice) {
    return null
  }
  const t = await getTranslations("quotes.invoice")
  return (
    <section
      aria-labelledby="invoice-heading"
      className={styles.box}
      data-testid="invoice-block"
    >
      <h2 id="invoice-heading">{t("heading")}</h2>
      <InvoiceSummary invoice={invoice} now={new Date()} shownOn="order" />
      <TaxDetails invoice={invoice} headingId="invoice-tax-heading" />
      <p>
        <Link href="/akun/mitra/tagihan">{t("allInvoices")}</Link>
      </p>
    </section>
  )
}

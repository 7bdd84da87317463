import { getTranslations } from "next-intl/server"

import type { Invoice } from "@/lib/data/partner-documents"
import { formatNpwp } from "@/modules/partner-documents/util/documents"

import styles from "./partner-documents.module.css"

type TaxData = Pick<
  Invoice,
  "business_name" | "npwp" | "address_1" | "city" | "province" | "postal_code"
>

/** The buyer's details as the tax invoice (faktur pajak) carries them. */
export async function TaxDetails({
  invoice,
  headingId,
  headingLevel = 3,
}: {
  invoice: TaxData
  headingId: string
  headingLevel?: 2 | 3
}) {
  const t = await getTranslations("quotes.invoice")
  const Heading = headingLevel === 2 ? "h2" : "h3"
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Heading id={headingId}>{t("taxHeading")}</Heading>
      <dl className={styles.facts}>
        <div>
          <dt>{t("businessName")}</dt>
          <dd>{invoice.business_name}</dd>
        </div>
        <div>
          <dt>{t("npwp")}</dt>
          <dd className={styles.mono}>{formatNpwp(invoice.npwp)}</dd>
        </div>
        <div>
          <dt>{t("address")}</dt>
          <dd>
            <address className={styles.address}>
              {invoice.address_1}
              <br />
              {invoice.city}, {invoice.province} {invoice.postal_code}
            </address>
          </dd>
        </div>
      </dl>
    </section>
  )
}

import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { CsvOrderForm } from "@/modules/partner/components/csv-order-form"
import { PartnerMessages } from "@/modules/partner/components/partner-messages"
import styles from "@/modules/partner/components/partner.module.css"
import { QuickOrderForm } from "@/modules/partner/components/quick-order-form"
import { CSV_EXAMPLE, csvExampleHref } from "@/modules/partner/util/quick-order"

/** Two ways to fill the cart by SKU: a table typed in, or a CSV file. */
export async function QuickOrderTemplate() {
  const t = await getTranslations("partner.quickOrder")
  return (
    <PartnerMessages sections={["quickOrder", "rowResult"]}>
      <p className={styles.muted}>
        {t.rich("intro", {
          link: (chunks) => <Link href="/akun/mitra/harga">{chunks}</Link>,
        })}
      </p>
      <section aria-labelledby="pesan-cepat-tabel" className={styles.box}>
        <h2 id="pesan-cepat-tabel">{t("tableHeading")}</h2>
        <QuickOrderForm />
      </section>
      <section aria-labelledby="pesan-cepat-csv" className={styles.box}>
        <h2 id="pesan-cepat-csv">{t("csvHeading")}</h2>
        <p>{t("csvIntro")}</p>
        <p>{t("csvExample")}</p>
        <pre className={styles.example}>{CSV_EXAMPLE}</pre>
        <p>
          <a href={csvExampleHref()} download="contoh-pesan-cepat.csv">
            {t("csvDownload")}
          </a>
        </p>
        <CsvOrderForm />
      </section>
    </PartnerMessages>
  )
}

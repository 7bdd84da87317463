import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import styles from "@/modules/account/components/account.module.css"
import { FormMessages } from "@/modules/account/components/form-messages"
import { LookupForm } from "@/modules/account/components/lookup-form"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "orderLookup" })
  return { title: t("metaTitle") }
}

export default async function OrderLookupPage() {
  const t = await getTranslations("orderLookup")
  return (
    <div className={`${styles.shell} ${styles.narrow}`}>
      <h1>{t("heading")}</h1>
      <p className={styles.muted}>{t("intro")}</p>
      <FormMessages section="orderLookup">
        <LookupForm />
      </FormMessages>
      <p>
        {t("accountHint")} <Link href="/akun/masuk">{t("accountLink")}</Link>
      </p>
    </div>
  )
}

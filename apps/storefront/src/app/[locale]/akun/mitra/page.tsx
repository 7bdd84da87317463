import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { retrievePartnerStatus } from "@/lib/data/partner"
import { AccountShell } from "@/modules/account/components/account-shell"
import { requireCustomer } from "@/modules/account/require-customer"
import { PartnerOverviewTemplate } from "@/modules/partner/templates/partner-overview-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "partner.meta" })
  return { title: t("overview") }
}

export default async function PartnerOverviewPage() {
  await requireCustomer("/akun/mitra")
  const [t, status] = await Promise.all([
    getTranslations("partner.overview"),
    retrievePartnerStatus(),
  ])
  return (
    <AccountShell current="partner" heading={t("heading")}>
      <PartnerOverviewTemplate status={status} />
    </AccountShell>
  )
}

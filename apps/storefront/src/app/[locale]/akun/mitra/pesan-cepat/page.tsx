import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { AccountShell } from "@/modules/account/components/account-shell"
import { requirePartnerShop } from "@/modules/partner/require-partner"
import { QuickOrderTemplate } from "@/modules/partner/templates/quick-order-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "partner.meta" })
  return { title: t("quickOrder") }
}

export default async function QuickOrderPage() {
  await requirePartnerShop("/akun/mitra/pesan-cepat")
  const t = await getTranslations("partner.quickOrder")
  return (
    <AccountShell current="partner" nested heading={t("heading")}>
      <QuickOrderTemplate />
    </AccountShell>
  )
}

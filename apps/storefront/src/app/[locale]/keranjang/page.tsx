import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { retrieveCart } from "@/lib/data/cart"
import { CartTemplate } from "@/modules/cart/templates/cart-template"
import { ReorderNotice } from "@/modules/partner/components/reorder-notice"
import { REORDERED_NOTICE } from "@/modules/partner/util/row-result"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "cart" })
  return {
    title: t("title"),
    robots: { index: false },
  }
}

export default async function CartPage({ searchParams }: Props) {
  const [cart, { info }] = await Promise.all([retrieveCart(), searchParams])
  return (
    <CartTemplate
      cart={cart}
      notice={info === REORDERED_NOTICE ? <ReorderNotice /> : undefined}
    />
  )
}

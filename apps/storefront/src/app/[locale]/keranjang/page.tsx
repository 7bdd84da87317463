import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { retrieveCart } from "@/lib/data/cart"
import { CartTemplate } from "@/modules/cart/templates/cart-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "cart" })
  return {
    title: t("title"),
    robots: { index: false },
  }
}

export default async function CartPage() {
  return <CartTemplate cart={await retrieveCart()} />
}

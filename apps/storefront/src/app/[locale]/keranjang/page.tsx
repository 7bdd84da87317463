import type { Metadata } from "next"

import { retrieveCart } from "@/lib/data/cart"
import { CartTemplate } from "@/modules/cart/templates/cart-template"
import { cartText } from "@/modules/cart/text"

export const metadata: Metadata = {
  title: cartText.title,
  robots: { index: false },
}

export default async function CartPage() {
  return <CartTemplate cart={await retrieveCart()} />
}

"use server"

import { refresh } from "next/cache"

import { addLineItem, deleteLineItem, updateLineItem } from "@/lib/data/cart"
import { storeErrorMessage } from "@/lib/data/store-api"

/** A buyer never asks for more in one go; the backend still checks stock. */
const MAX_QUANTITY = 99

export type CartActionState =
  | { status: "idle" }
  | { status: "done" }
  | { status: "error"; error: "invalid-quantity" | "refused" | "failed" }

function readQuantity(formData: FormData, minimum: number): number | null {
  const raw = formData.get("quantity")
  const quantity = typeof raw === "string" && /^\d+$/.test(raw) ? Number(raw) : NaN
  return quantity >= minimum && quantity <= MAX_QUANTITY ? quantity : null
}

function readId(formData: FormData, field: string): string | null {
  const value = formData.get(field)
  return typeof value === "string" && value.length > 0 ? value : null
}

/** Stock, the sale gate and unknown variants are refused with 4xx; anything else failed. */
function failure(action: string, error: unknown): CartActionState {
  console.error(`[storefront] ${action} failed:`, error)
  return { status: "error", error: storeErrorMessage(error) ? "refused" : "failed" }
}

export async function addToCart(
  _previous: CartActionState,
  formData: FormData,
): Promise<CartActionState> {
  const variantId = readId(formData, "variant_id")
  const quantity = readQuantity(formData, 1)
  if (!variantId || quantity === null) {
    return { status: "error", error: "invalid-quantity" }
  }
  try {
    await addLineItem(variantId, quantity)
  } catch (error) {
    return failure("add to cart", error)
  }
  // The header's cart badge is part of the page that called this.
  refresh()
  return { status: "done" }
}

/** The line's form has two buttons: "intent=remove" removes, the other saves the quantity. */
export async function changeLineQuantity(
  _previous: CartActionState,
  formData: FormData,
): Promise<CartActionState> {
  const lineId = readId(formData, "line_id")
  const quantity = formData.get("intent") === "remove" ? 0 : readQuantity(formData, 0)
  if (!lineId || quantity === null) {
    return { status: "error", error: "invalid-quantity" }
  }
  try {
    if (quantity === 0) {
      await deleteLineItem(lineId)
    } else {
      await updateLineItem(lineId, quantity)
    }
  } catch (error) {
    return failure("change line quantity", error)
  }
  refresh()
  return { status: "done" }
}

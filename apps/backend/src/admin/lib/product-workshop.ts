/*
 * Which workshop makes a product. The server keeps exactly one per product and
 * only adds to or removes from one workshop per request, so moving a product
 * is two requests: take it from its workshop, then give it to the new one.
 */
import { adminPost } from "./client"
import type { WorkshopProducts } from "./types"

/** `from` is the product's current workshop, null when it has none. */
export type WorkshopMove = { from: string | null; to: string }

/** The new workshop refused the product after the old one had let it go. */
export class ProductMoveError extends Error {
  /** Whether the product was given back to the workshop it came from. */
  readonly restored: boolean

  constructor(error: unknown, restored: boolean) {
    super(error instanceof Error ? error.message : String(error))
    this.name = "ProductMoveError"
    this.restored = restored
  }
}

function changeProducts(workshopId: string, body: { add?: string[]; remove?: string[] }) {
  return adminPost<{ workshop: WorkshopProducts }>(
    `/admin/workshops/${workshopId}/products`,
    body,
  )
}

/**
 * Makes `to` the product's workshop. If the new workshop refuses it after the
 * old one let it go, the product is given back so it is not left without one;
 * the error thrown then carries the server's reason and whether that worked.
 */
export async function moveProductToWorkshop(
  productId: string,
  { from, to }: WorkshopMove,
): Promise<void> {
  if (from === to) return
  if (!from) {
    await changeProducts(to, { add: [productId] })
    return
  }
  await changeProducts(from, { remove: [productId] })
  try {
    await changeProducts(to, { add: [productId] })
  } catch (error) {
    const restored = await changeProducts(from, { add: [productId] }).then(
      () => true,
      () => false,
    )
    throw new ProductMoveError(error, restored)
  }
}

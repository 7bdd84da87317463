import type { BigNumberInput } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  getVariantAvailability,
  MathBN,
  MedusaError,
  ProductStatus,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { blockedUnitsByVariant } from "../../quality/steps/sale-gate"
import { minimumsByProduct } from "./minimum-order-quantity-steps"

/** One line a partner asks for: by SKU (quick order, CSV) or by variant (reorder). */
export type PartnerRow = {
  row: number
  sku?: string | null
  variant_id?: string | null
  quantity: unknown
}

type RowErrorCode =
  | "missing_sku"
  | "unknown_sku"
  | "not_for_sale"
  | "invalid_quantity"
  | "insufficient_stock"
  | "below_minimum"

/**
 * Why a row was refused: `code` for clients to word it in the buyer's language
 * (with `limit`, the units still available or the minimum), `message` in English.
 */
export type RowError = {
  row: number
  sku: string | null
  field: "sku" | "quantity"
  code: RowErrorCode
  limit: number | null
  message: string
}

export type SortedRows = {
  items: { variant_id: string; quantity: number }[]
  added: { row: number; sku: string | null; quantity: number; variant_id: string }[]
  errors: RowError[]
}

type VariantRow = {
  id: string
  sku: string | null
  manage_inventory: boolean
  allow_backorder: boolean
  product: {
    id: string
    title: string
    status: string
    sales_channels?: { id: string }[] | null
  }
}

type CartRow = {
  id: string
  customer_id: string | null
  sales_channel_id: string | null
  completed_at: string | null
  items?: { variant_id: string | null; quantity: BigNumberInput }[] | null
}

const MAX_ROW_QUANTITY = 100_000

// Digits only: Number() would read the Indonesian "1.000" (a thousand) as 1, and
// take "1e3" or "0x10" too.
function wholeQuantity(value: unknown): number | null {
  const number =
    typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : value
  return typeof number === "number" &&
    Number.isInteger(number) &&
    number >= 1 &&
    number <= MAX_ROW_QUANTITY
    ? number
    : null
}

/**
 * Splits a partner's rows into those that can go into the cart and those that
 * cannot, with the reason for each: unknown SKU, not for sale, a quantity that
 * is not a whole number, more than the sellable stock, or below the product's
 * minimum order quantity. Nothing is written here.
 */
export const sortPartnerRowsStep = createStep(
  "sort-partner-rows",
  async (
    input: { cart_id: string; customer_id: string; rows: PartnerRow[] },
    { container },
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: [
        "id",
        "customer_id",
        "sales_channel_id",
        "completed_at",
        "items.variant_id",
        "items.quantity",
      ],
      filters: { id: input.cart_id },
    })
    const cart = carts[0] as CartRow | undefined
    if (!cart || cart.customer_id !== input.customer_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `cart_id: cart "${input.cart_id}" was not found among this account's carts`,
      )
    }
    if (cart.completed_at) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "cart_id: this cart has already been ordered; start a new cart",
      )
    }

    const skus = input.rows.flatMap((row) => (row.sku?.trim() ? [row.sku.trim()] : []))
    const variantIds = input.rows.flatMap((row) =>
      row.variant_id ? [row.variant_id] : [],
    )
    const { data: found } = await query.graph({
      entity: "product_variant",
      fields: [
        "id",
        "sku",
        "manage_inventory",
        "allow_backorder",
        "product.id",
        "product.title",
        "product.status",
        "product.sales_channels.id",
      ],
      filters: { $or: [{ sku: skus }, { id: variantIds }] },
    })
    const variants = found as VariantRow[]
    const bySku = new Map(variants.map((variant) => [variant.sku, variant]))
    const byId = new Map(variants.map((variant) => [variant.id, variant]))

    const inCart = new Map<string, number>()
    for (const item of cart.items ?? []) {
      if (item.variant_id) {
        inCart.set(
          item.variant_id,
          (inCart.get(item.variant_id) ?? 0) + MathBN.convert(item.quantity).toNumber(),
        )
      }
    }
    const managedIds = variants
      .filter((variant) => variant.manage_inventory && !variant.allow_backorder)
      .map((variant) => variant.id)
    const [availability, blocked, minimums] = await Promise.all([
      managedIds.length && cart.sales_channel_id
        ? getVariantAvailability(query, {
            variant_ids: managedIds,
            sales_channel_id: cart.sales_channel_id,
          })
        : Promise.resolve({} as Record<string, { availability: number }>),
      blockedUnitsByVariant(container, managedIds, new Date()),
      minimumsByProduct(
        container,
        variants.map((variant) => variant.product.id),
      ),
    ])
    const sellable = (variant: VariantRow) =>
      managedIds.includes(variant.id)
        ? Math.max(
            0,
            (availability[variant.id]?.availability ?? 0) -
              (blocked.get(variant.id) ?? 0),
          )
        : Infinity

    const errors: RowError[] = []
    const accepted: { row: number; variant: VariantRow; quantity: number }[] = []
    const wanted = new Map(inCart)
    for (const row of input.rows) {
      const sku = row.sku?.trim() || null
      const variant = row.variant_id
        ? byId.get(row.variant_id)
        : sku
          ? bySku.get(sku)
          : undefined
      const reference = sku ?? variant?.sku ?? null
      if (!sku && !row.variant_id) {
        errors.push({
          row: row.row,
          sku: null,
          field: "sku",
          code: "missing_sku",
          limit: null,
          message: "sku: enter a SKU",
        })
        continue
      }
      if (!variant) {
        errors.push({
          row: row.row,
          sku: reference,
          field: "sku",
          code: "unknown_sku",
          limit: null,
          message: `sku: no product has the SKU "${sku ?? row.variant_id}"`,
        })
        continue
      }
      const forSale =
        variant.product.status === ProductStatus.PUBLISHED &&
        (variant.product.sales_channels ?? []).some(
          (channel) => channel.id === cart.sales_channel_id,
        )
      if (!forSale) {
        errors.push({
          row: row.row,
          sku: reference,
          field: "sku",
          code: "not_for_sale",
          limit: null,
          message: `sku: ${variant.product.title} is not for sale`,
        })
        continue
      }
      const quantity = wholeQuantity(row.quantity)
      if (quantity === null) {
        errors.push({
          row: row.row,
          sku: reference,
          field: "quantity",
          code: "invalid_quantity",
          limit: null,
          message: `quantity: must be a whole number from 1 to ${MAX_ROW_QUANTITY}`,
        })
        continue
      }
      const total = (wanted.get(variant.id) ?? 0) + quantity
      const limit = sellable(variant)
      if (total > limit) {
        const left = Math.max(0, limit - (wanted.get(variant.id) ?? 0))
        errors.push({
          row: row.row,
          sku: reference,
          field: "quantity",
          code: "insufficient_stock",
          limit: left,
          message: `quantity: only ${left} more of ${variant.product.title} can be ordered now`,
        })
        continue
      }
      wanted.set(variant.id, total)
      accepted.push({ row: row.row, variant, quantity })
    }

    // A minimum holds for the product as a whole, across its variants and what the cart already has.
    const productUnits = new Map<string, number>()
    for (const [variantId, units] of wanted) {
      const productId = byId.get(variantId)?.product.id
      if (productId) {
        productUnits.set(productId, (productUnits.get(productId) ?? 0) + units)
      }
    }
    const sorted: SortedRows = { items: [], added: [], errors }
    for (const { row, variant, quantity } of accepted) {
      const minimum = minimums.get(variant.product.id)
      const units = productUnits.get(variant.product.id) ?? 0
      if (minimum && units < minimum) {
        errors.push({
          row,
          sku: variant.sku,
          field: "quantity",
          code: "below_minimum",
          limit: minimum,
          message: `quantity: partner orders of ${variant.product.title} need at least ${minimum} units (this would make ${units})`,
        })
        continue
      }
      sorted.items.push({ variant_id: variant.id, quantity })
      sorted.added.push({ row, sku: variant.sku, quantity, variant_id: variant.id })
    }
    errors.sort((a, b) => a.row - b.row)
    return new StepResponse(sorted)
  },
)

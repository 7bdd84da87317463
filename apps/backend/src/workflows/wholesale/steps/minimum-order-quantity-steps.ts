import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { partnerShopOfCustomer } from "../../../lib/partner-shops"
import { wholesaleService } from "./wholesale-service"

/** Sets (or, with null, removes) a product's minimum order quantity for partner shops. */
export const setMinimumOrderQuantityStep = createStep(
  "set-minimum-order-quantity",
  async (input: { product_id: string; quantity: number | null }, { container }) => {
    const wholesale = wholesaleService(container)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id"],
      filters: { id: input.product_id },
    })
    if (!products.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Product with id "${input.product_id}" was not found`,
      )
    }
    const [previous] = await wholesale.listMinimumOrderQuantities({
      product_id: input.product_id,
    })
    if (input.quantity === null) {
      if (previous) {
        await wholesale.deleteMinimumOrderQuantities(previous.id)
      }
    } else if (previous) {
      await wholesale.updateMinimumOrderQuantities({
        id: previous.id,
        quantity: input.quantity,
      })
    } else {
      await wholesale.createMinimumOrderQuantities({
        product_id: input.product_id,
        quantity: input.quantity,
      })
    }
    return new StepResponse(input.quantity, {
      product_id: input.product_id,
      quantity: previous?.quantity ?? null,
    })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const wholesale = wholesaleService(container)
    const [current] = await wholesale.listMinimumOrderQuantities({
      product_id: previous.product_id,
    })
    if (previous.quantity === null) {
      if (current) {
        await wholesale.deleteMinimumOrderQuantities(current.id)
      }
    } else if (current) {
      await wholesale.updateMinimumOrderQuantities({
        id: current.id,
        quantity: previous.quantity,
      })
    } else {
      await wholesale.createMinimumOrderQuantities(previous)
    }
  },
)

/** Minimum order quantities by product id, for the products that have one. */
export async function minimumsByProduct(
  container: MedusaContainer,
  productIds: string[],
): Promise<Map<string, number>> {
  if (!productIds.length) {
    return new Map()
  }
  const rows = await wholesaleService(container).listMinimumOrderQuantities({
    product_id: productIds,
  })
  return new Map(rows.map((row) => [row.product_id, row.quantity]))
}

/**
 * Refuses a partner buyer's cart in which a product is below its minimum
 * order quantity; carts of anyone else are not concerned.
 */
export async function assertPartnerMinimums(
  container: MedusaContainer,
  customerId: string | null | undefined,
  quantities: Map<string, number>,
): Promise<void> {
  if (!quantities.size || !(await partnerShopOfCustomer(container, customerId))) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product.id", "product.title"],
    filters: { id: [...quantities.keys()] },
  })
  const perProduct = new Map<string, { title: string; units: number }>()
  for (const variant of variants as {
    id: string
    product: { id: string; title: string }
  }[]) {
    const entry = perProduct.get(variant.product.id) ?? {
      title: variant.product.title,
      units: 0,
    }
    entry.units += quantities.get(variant.id) ?? 0
    perProduct.set(variant.product.id, entry)
  }
  const minimums = await minimumsByProduct(container, [...perProduct.keys()])
  const problems = [...perProduct].flatMap(([productId, { title, units }]) => {
    const minimum = minimums.get(productId)
    return minimum && units < minimum
      ? [
          `${title}: partner orders need at least ${minimum} units (this cart would have ${units})`,
        ]
      : []
  })
  if (problems.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "))
  }
}

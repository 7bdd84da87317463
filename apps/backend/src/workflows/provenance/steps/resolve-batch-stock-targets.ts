import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ProductionBatchInput = {
  workshop_id: string
  variant_id: string
  quantity: number
  produced_at: Date | string
  best_before?: Date | string | null
  expires_at?: Date | string | null
}

export type BatchStockTarget = ProductionBatchInput & {
  product_id: string
  inventory_item_id: string
  location_id: string
}

type WorkshopRow = {
  id: string
  facility?: { id: string; stock_location?: { id: string } | null } | null
  products?: { id: string }[] | null
}

type VariantRow = {
  id: string
  product_id: string
  manage_inventory: boolean
  inventory_items?: { inventory_item_id: string }[] | null
}

function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

function assertDateOrder(batch: ProductionBatchInput): void {
  const produced = new Date(batch.produced_at).getTime()
  for (const field of ["best_before", "expires_at"] as const) {
    const value = batch[field]
    if (value && new Date(value).getTime() < produced) {
      invalid(`${field}: must not be before produced_at`)
    }
  }
}

/**
 * Checks that each batch can exist (the workshop makes the variant's product,
 * the variant tracks one inventory item, the facility has a stock location) and
 * finds where its stock goes. Reads only, so there is nothing to compensate.
 */
export const resolveBatchStockTargetsStep = createStep(
  "resolve-batch-stock-targets",
  async (batches: ProductionBatchInput[], { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: workshops } = await query.graph({
      entity: "workshop",
      fields: ["id", "facility.id", "facility.stock_location.id", "products.id"],
      filters: { id: [...new Set(batches.map((batch) => batch.workshop_id))] },
    })
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: [
        "id",
        "product_id",
        "manage_inventory",
        "inventory_items.inventory_item_id",
      ],
      filters: { id: [...new Set(batches.map((batch) => batch.variant_id))] },
    })
    const workshopById = new Map(
      (workshops as WorkshopRow[]).map((workshop) => [workshop.id, workshop]),
    )
    const variantById = new Map(
      (variants as VariantRow[]).map((variant) => [variant.id, variant]),
    )

    const targets = batches.map((batch): BatchStockTarget => {
      assertDateOrder(batch)
      const workshop = workshopById.get(batch.workshop_id)
      if (!workshop) {
        invalid(`workshop_id: workshop "${batch.workshop_id}" was not found`)
      }
      const variant = variantById.get(batch.variant_id)
      if (!variant) {
        invalid(`variant_id: variant "${batch.variant_id}" was not found`)
      }
      if (
        !(workshop.products ?? []).some((product) => product.id === variant.product_id)
      ) {
        invalid(
          `variant_id: the product of variant "${variant.id}" is not made by workshop "${workshop.id}"`,
        )
      }
      const items = variant.inventory_items ?? []
      if (!variant.manage_inventory || items.length !== 1) {
        invalid(
          `variant_id: variant "${variant.id}" must track exactly one inventory item to receive batch stock`,
        )
      }
      const locationId = workshop.facility?.stock_location?.id
      if (!locationId) {
        invalid(
          `workshop_id: the facility of workshop "${workshop.id}" has no stock location`,
        )
      }
      return {
        ...batch,
        product_id: variant.product_id,
        inventory_item_id: items[0].inventory_item_id,
        location_id: locationId,
      }
    })

    return new StepResponse<BatchStockTarget[]>(targets)
  },
)

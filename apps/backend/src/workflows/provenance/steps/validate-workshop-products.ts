import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export type WorkshopProductsChange = {
  workshop_id: string
  add?: string[]
  remove?: string[]
}

type ProductRow = { id: string; workshop?: { id: string } | null }

function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/** Products to give a workshop must exist, be listed once, and have no workshop yet. */
export async function assertProductsWithoutWorkshop(
  container: MedusaContainer,
  ids: string[],
  field: string,
): Promise<void> {
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index)
  if (repeated) {
    invalid(`${field}: product "${repeated}" is listed more than once`)
  }
  if (!ids.length) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "workshop.id"],
    filters: { id: ids },
  })
  const products = new Map((data as ProductRow[]).map((row) => [row.id, row]))
  for (const id of ids) {
    const product = products.get(id)
    if (!product) {
      invalid(`${field}: product "${id}" was not found`)
    }
    if (product.workshop) {
      invalid(
        `${field}: product "${id}" is already made by workshop "${product.workshop.id}"`,
      )
    }
  }
}

/**
 * A product is made by one workshop: products to add must exist and have no
 * workshop yet; products to remove must be this workshop's.
 */
export const validateWorkshopProductsStep = createStep(
  "validate-workshop-products",
  async (
    { workshop_id, add = [], remove = [] }: WorkshopProductsChange,
    { container },
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: workshops } = await query.graph({
      entity: "workshop",
      fields: ["id"],
      filters: { id: workshop_id },
    })
    if (!workshops.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Workshop with id "${workshop_id}" was not found`,
      )
    }
    const ids = [...add, ...remove]
    const repeated = ids.find((id, index) => ids.indexOf(id) !== index)
    if (repeated) {
      invalid(`add: product "${repeated}" is listed more than once`)
    }
    if (!ids.length) {
      return
    }
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "workshop.id"],
      filters: { id: ids },
    })
    const products = new Map((data as ProductRow[]).map((row) => [row.id, row]))
    for (const id of add) {
      const product = products.get(id)
      if (!product) {
        invalid(`add: product "${id}" was not found`)
      }
      if (product.workshop) {
        invalid(
          `add: product "${id}" is already made by workshop "${product.workshop.id}"`,
        )
      }
    }
    for (const id of remove) {
      if (products.get(id)?.workshop?.id !== workshop_id) {
        invalid(`remove: product "${id}" is not made by workshop "${workshop_id}"`)
      }
    }
  },
)

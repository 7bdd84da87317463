import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { assertProductsWithoutWorkshop } from "./validate-workshop-products"

/**
 * New workshops belong to an existing facility, and a product is made by one
 * workshop: refuse products that exist nowhere or already have one.
 */
export const validateNewWorkshopsStep = createStep(
  "validate-new-workshops",
  async (
    {
      facility_ids,
      product_ids: productIds,
    }: { facility_ids: string[]; product_ids: string[] },
    { container },
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: facilities } = await query.graph({
      entity: "facility",
      fields: ["id"],
      filters: { id: facility_ids },
    })
    const missing = facility_ids.find(
      (id) => !facilities.some((found) => found.id === id),
    )
    if (missing) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `facility_id: facility "${missing}" was not found`,
      )
    }
    await assertProductsWithoutWorkshop(container, productIds, "product_ids")
  },
)

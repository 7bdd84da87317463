import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

type LocationRow = { id: string; facility?: { id: string } | null }

/** Each new facility ships from an existing stock location no other facility uses. */
export const validateNewFacilitiesStep = createStep(
  "validate-new-facilities",
  async (stockLocationIds: string[], { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "stock_location",
      fields: ["id", "facility.id"],
      filters: { id: stockLocationIds },
    })
    const locations = new Map((data as LocationRow[]).map((row) => [row.id, row]))
    stockLocationIds.forEach((id, index) => {
      const location = locations.get(id)
      if (!location) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `stock_location_id: stock location "${id}" was not found`,
        )
      }
      if (location.facility || stockLocationIds.indexOf(id) !== index) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `stock_location_id: stock location "${id}" already belongs to a facility`,
        )
      }
    })
  },
)

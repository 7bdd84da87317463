import { Modules } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import { createFacilitiesStep, type FacilityData } from "../steps/create-facilities"
import { validateNewFacilitiesStep } from "../steps/validate-new-facilities"

export type CreateFacilitiesInput = {
  facilities: (FacilityData & { stock_location_id: string })[]
}

/** Creates facilities and links each to the stock location its goods ship from. */
export const createFacilitiesWorkflow = createWorkflow(
  "create-facilities",
  (input: CreateFacilitiesInput) => {
    const locationIds = transform({ input }, ({ input }) =>
      input.facilities.map((facility) => facility.stock_location_id),
    )
    validateNewFacilitiesStep(locationIds)

    const data = transform({ input }, ({ input }) =>
      input.facilities.map(({ stock_location_id: _location, ...facility }) => facility),
    )
    const facilities = createFacilitiesStep(data)

    const links = transform({ input, facilities }, ({ input, facilities }) =>
      facilities.map((facility, index) => ({
        [PROVENANCE_MODULE]: { facility_id: facility.id },
        [Modules.STOCK_LOCATION]: {
          stock_location_id: input.facilities[index].stock_location_id,
        },
      })),
    )
    createRemoteLinkStep(links)

    return new WorkflowResponse(facilities)
  },
)

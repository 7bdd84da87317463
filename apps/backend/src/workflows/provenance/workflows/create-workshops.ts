import { Modules } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import { createWorkshopsStep, type WorkshopData } from "../steps/create-workshops"
import { validateNewWorkshopsStep } from "../steps/validate-new-workshops"

export type CreateWorkshopsInput = {
  workshops: (WorkshopData & { product_ids?: string[] })[]
}

/** Creates workshops and links each to the products it makes. */
export const createWorkshopsWorkflow = createWorkflow(
  "create-workshops",
  (input: CreateWorkshopsInput) => {
    const references = transform({ input }, ({ input }) => ({
      facility_ids: [...new Set(input.workshops.map((workshop) => workshop.facility_id))],
      product_ids: input.workshops.flatMap((workshop) => workshop.product_ids ?? []),
    }))
    validateNewWorkshopsStep(references)

    const data = transform({ input }, ({ input }) =>
      input.workshops.map(({ product_ids: _products, ...workshop }) => workshop),
    )
    const workshops = createWorkshopsStep(data)

    const links = transform({ input, workshops }, ({ input, workshops }) =>
      workshops.flatMap((workshop, index) =>
        (input.workshops[index].product_ids ?? []).map((productId) => ({
          [Modules.PRODUCT]: { product_id: productId },
          [PROVENANCE_MODULE]: { workshop_id: workshop.id },
        })),
      ),
    )
    createRemoteLinkStep(links)

    return new WorkflowResponse(workshops)
  },
)

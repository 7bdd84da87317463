import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"

export type WorkshopData = {
  handle: string
  name: string
  craft_type: string
  story?: string | null
  photo_urls?: string[]
  maker_count?: number
  training_hours?: number
  facility_id: string
}

export const createWorkshopsStep = createStep(
  "create-workshops",
  async (data: WorkshopData[], { container }) => {
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    const workshops = await provenance.createWorkshops(
      data.map(({ facility_id, ...workshop }) => ({
        ...workshop,
        facility: facility_id,
      })),
    )
    return new StepResponse(
      workshops,
      workshops.map((workshop) => workshop.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    await provenance.deleteWorkshops(ids)
  },
)

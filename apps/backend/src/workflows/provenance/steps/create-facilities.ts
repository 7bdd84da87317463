import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"

export type FacilityData = {
  handle: string
  name: string
  city: string
  province: string
  story?: string | null
  makers_share_bps?: number
  capital_share_bps?: number
  state_revenue_share_bps?: number
}

export const createFacilitiesStep = createStep(
  "create-facilities",
  async (data: FacilityData[], { container }) => {
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    const facilities = await provenance.createFacilities(data)
    return new StepResponse(
      facilities,
      facilities.map((facility) => facility.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    await provenance.deleteFacilities(ids)
  },
)

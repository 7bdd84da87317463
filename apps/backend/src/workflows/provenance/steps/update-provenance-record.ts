import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"

export type ProvenanceEntity = "facility" | "workshop" | "production_batch"

export type UpdateProvenanceRecordInput = {
  entity: ProvenanceEntity
  id: string
  data: Record<string, unknown>
}

const LABELS: Record<ProvenanceEntity, string> = {
  facility: "Facility",
  workshop: "Workshop",
  production_batch: "Production batch",
}

type RecordMethods = {
  list: (
    filters: { id: string },
    config: { select: string[] },
  ) => Promise<Record<string, unknown>[]>
  update: (data: Record<string, unknown>) => Promise<unknown>
}

/** The module's generated update and list methods for each provenance record. */
function methodsFor(
  provenance: ProvenanceModuleService,
  entity: ProvenanceEntity,
): RecordMethods {
  switch (entity) {
    case "facility":
      return {
        list: provenance.listFacilities.bind(provenance),
        update: provenance.updateFacilities.bind(provenance),
      }
    case "workshop":
      return {
        list: provenance.listWorkshops.bind(provenance),
        update: provenance.updateWorkshops.bind(provenance),
      }
    case "production_batch":
      return {
        list: provenance.listProductionBatches.bind(provenance),
        update: provenance.updateProductionBatches.bind(provenance),
      }
  }
}

/**
 * Updates one facility, workshop or batch; the compensation writes back the
 * previous values of exactly the fields that changed.
 */
export const updateProvenanceRecordStep = createStep(
  "update-provenance-record",
  async ({ entity, id, data }: UpdateProvenanceRecordInput, { container }) => {
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    const { list, update } = methodsFor(provenance, entity)
    const fields = Object.keys(data)
    const [previous] = await list({ id }, { select: ["id", ...fields] })
    if (!previous) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `${LABELS[entity]} with id "${id}" was not found`,
      )
    }
    await update({ id, ...data })
    const before = Object.fromEntries(fields.map((field) => [field, previous[field]]))
    return new StepResponse({ id }, { entity, id, data: before })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    await methodsFor(provenance, previous.entity).update({
      id: previous.id,
      ...previous.data,
    })
  },
)

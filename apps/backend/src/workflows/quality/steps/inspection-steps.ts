import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"
import { QUALITY_MODULE } from "../../../modules/quality"
import type QualityModuleService from "../../../modules/quality/service"
import { evaluateProducts } from "./evaluate-products"

export type InspectionInput = {
  batch_id: string
  results: { key: string; passed: boolean; note?: string | null }[]
  notes?: string | null
  inspected_at?: Date | string
  inspector_id: string
}

function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/**
 * An inspection answers its standard's checklist exactly: every item once, no
 * others. Returns the standard and the product to re-judge.
 */
export const validateInspectionStep = createStep(
  "validate-inspection",
  async (input: InspectionInput, { container }) => {
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    const [batch] = await provenance.listProductionBatches({ id: input.batch_id })
    if (!batch) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Production batch with id "${input.batch_id}" was not found`,
      )
    }
    const [evaluation] = await evaluateProducts(container, [batch.product_id], new Date())
    if (!evaluation?.standard || !evaluation.checklist) {
      invalid(
        `batch_id: no quality standard governs the product of batch "${batch.code}"`,
      )
    }
    const expected = evaluation.checklist.map((item) => item.key)
    const given = input.results.map((result) => result.key)
    const repeated = given.find((key, index) => given.indexOf(key) !== index)
    const unknown = given.find((key) => !expected.includes(key))
    const missing = expected.filter((key) => !given.includes(key))
    if (repeated) {
      invalid(`results: checklist item "${repeated}" is answered more than once`)
    }
    if (unknown) {
      invalid(`results: "${unknown}" is not on the ${evaluation.standard.name} checklist`)
    }
    if (missing.length) {
      invalid(`results: checklist items not answered: ${missing.join(", ")}`)
    }
    return new StepResponse({
      standard_code: evaluation.standard.code,
      product_id: batch.product_id,
    })
  },
)

export const createInspectionStep = createStep(
  "create-inspection",
  async (
    { input, standard_code }: { input: InspectionInput; standard_code: string },
    { container },
  ) => {
    const quality: QualityModuleService = container.resolve(QUALITY_MODULE)
    const inspection = await quality.createQcInspections({
      batch_id: input.batch_id,
      standard_code,
      results: { items: input.results },
      passed: input.results.every((result) => result.passed),
      inspector_id: input.inspector_id,
      notes: input.notes ?? null,
      inspected_at: input.inspected_at ? new Date(input.inspected_at) : new Date(),
    })
    return new StepResponse(inspection, inspection.id)
  },
  async (id, { container }) => {
    if (id) {
      const quality: QualityModuleService = container.resolve(QUALITY_MODULE)
      await quality.deleteQcInspections([id])
    }
  },
)

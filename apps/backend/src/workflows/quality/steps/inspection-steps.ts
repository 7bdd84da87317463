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

function assertAnswersChecklist(
  input: InspectionInput,
  checklist: { key: string }[],
  standardName: string,
): void {
  const expected = checklist.map((item) => item.key)
  const given = input.results.map((result) => result.key)
  const repeated = given.find((key, index) => given.indexOf(key) !== index)
  const unknown = given.find((key) => !expected.includes(key))
  const missing = expected.filter((key) => !given.includes(key))
  if (repeated) {
    invalid(`results: checklist item "${repeated}" is answered more than once`)
  }
  if (unknown) {
    invalid(`results: "${unknown}" is not on the ${standardName} checklist`)
  }
  if (missing.length) {
    invalid(`results: checklist items not answered: ${missing.join(", ")}`)
  }
}

/**
 * Each inspection answers its standard's checklist exactly: every item once, no
 * others. Returns each one's standard, and the products to re-judge.
 */
export const validateInspectionsStep = createStep(
  "validate-inspections",
  async (inputs: InspectionInput[], { container }) => {
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    const batches = await provenance.listProductionBatches({
      id: inputs.map((input) => input.batch_id),
    })
    const productIds = [...new Set(batches.map((batch) => batch.product_id))]
    const evaluations = await evaluateProducts(container, productIds, new Date())
    const standardCodes = inputs.map((input) => {
      const batch = batches.find((b) => b.id === input.batch_id)
      if (!batch) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Production batch with id "${input.batch_id}" was not found`,
        )
      }
      const evaluation = evaluations.find((e) => e.product_id === batch.product_id)
      if (!evaluation?.standard || !evaluation.checklist) {
        invalid(
          `batch_id: no quality standard governs the product of batch "${batch.code}"`,
        )
      }
      assertAnswersChecklist(input, evaluation.checklist, evaluation.standard.name)
      return evaluation.standard.code
    })
    return new StepResponse({ standard_codes: standardCodes, product_ids: productIds })
  },
)

export const createInspectionsStep = createStep(
  "create-inspections",
  async (
    { inputs, standard_codes }: { inputs: InspectionInput[]; standard_codes: string[] },
    { container },
  ) => {
    const quality: QualityModuleService = container.resolve(QUALITY_MODULE)
    const inspections = await quality.createQcInspections(
      inputs.map((input, index) => ({
        batch_id: input.batch_id,
        standard_code: standard_codes[index],
        results: { items: input.results },
        passed: input.results.every((result) => result.passed),
        inspector_id: input.inspector_id,
        notes: input.notes ?? null,
        inspected_at: input.inspected_at ? new Date(input.inspected_at) : new Date(),
      })),
    )
    return new StepResponse(
      inspections,
      inspections.map((inspection) => inspection.id),
    )
  },
  async (ids, { container }) => {
    if (ids?.length) {
      const quality: QualityModuleService = container.resolve(QUALITY_MODULE)
      await quality.deleteQcInspections(ids)
    }
  },
)

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PROVENANCE_MODULE } from "../../../../../modules/provenance"
import type ProvenanceModuleService from "../../../../../modules/provenance/service"
import { QUALITY_MODULE } from "../../../../../modules/quality"
import type QualityModuleService from "../../../../../modules/quality/service"
import { evaluateProducts } from "../../../../../workflows/quality/steps/evaluate-products"
import { recordInspectionsWorkflow } from "../../../../../workflows/quality/workflows/record-inspections"
import type { AdminCreateInspectionType } from "../../validators"

/** The batch's inspection history, newest first, and the checklist a new one must answer. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const provenance: ProvenanceModuleService = req.scope.resolve(PROVENANCE_MODULE)
  const quality: QualityModuleService = req.scope.resolve(QUALITY_MODULE)
  const [batch] = await provenance.listProductionBatches({ id: req.params.id })
  if (!batch) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Production batch with id "${req.params.id}" was not found`,
    )
  }
  const [inspections, [evaluation]] = await Promise.all([
    quality.listQcInspections(
      { batch_id: batch.id },
      { order: { inspected_at: "DESC" } },
    ),
    evaluateProducts(req.scope, [batch.product_id], new Date()),
  ])
  res.json({
    inspections: inspections.map(({ results, ...inspection }) => ({
      ...inspection,
      results: (results as { items: unknown[] }).items,
    })),
    checklist: evaluation?.checklist ? { items: evaluation.checklist } : null,
  })
}

/** Records an inspection by the signed-in staff member. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateInspectionType>,
  res: MedusaResponse,
) {
  const { result } = await recordInspectionsWorkflow(req.scope).run({
    input: {
      inspections: [
        {
          batch_id: req.params.id,
          ...req.validatedBody,
          inspector_id: req.auth_context.actor_id,
        },
      ],
    },
  })
  const { results, ...inspection } = result[0]
  res.status(201).json({
    inspection: { ...inspection, results: (results as { items: unknown[] }).items },
  })
}

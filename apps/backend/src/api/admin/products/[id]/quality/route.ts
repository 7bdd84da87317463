import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { latestInspection } from "../../../../../modules/quality/evaluate"
import { evaluateProducts } from "../../../../../workflows/quality/steps/evaluate-products"

/** The product judged now against its standard: what staff must fix before publishing. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const [evaluation] = await evaluateProducts(req.scope, [req.params.id], new Date())
  if (!evaluation) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Product with id "${req.params.id}" was not found`,
    )
  }
  res.json({
    quality: {
      standard: evaluation.standard,
      standard_met: evaluation.standard_met,
      unmet: evaluation.unmet,
      certificates: evaluation.certificates,
      batches: evaluation.batches.map((batch) => ({
        id: batch.id,
        code: batch.code,
        status: batch.status,
        sellable: batch.sellable,
        reason: batch.reason,
        last_inspection: latestInspection(batch.inspections),
      })),
    },
  })
}

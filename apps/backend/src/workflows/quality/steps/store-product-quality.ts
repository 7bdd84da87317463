import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUALITY_MODULE } from "../../../modules/quality"
import type QualityModuleService from "../../../modules/quality/service"
import type { ProductQualityEvaluation } from "./evaluate-products"

type Summary = {
  product_id: string
  standard_code: string | null
  standard_name: string | null
  standard_met: boolean
  unmet: Record<string, unknown>
  certificates: Record<string, unknown>
  last_inspection_at: Date | null
  last_inspection_passed: boolean | null
  evaluated_at: Date
}

/** The public part of an evaluation: no ids of holders, no inspector. */
function summaryOf(evaluation: ProductQualityEvaluation, now: Date): Summary {
  return {
    product_id: evaluation.product_id,
    standard_code: evaluation.standard?.code ?? null,
    standard_name: evaluation.standard?.name ?? null,
    standard_met: evaluation.standard_met,
    unmet: { items: evaluation.unmet },
    certificates: {
      items: evaluation.certificates.map((certificate) => ({
        type: certificate.type,
        number: certificate.number,
        issuer: certificate.issuer,
        valid_from: certificate.valid_from,
        valid_until: certificate.valid_until,
        holder_type: certificate.holder_type,
      })),
    },
    last_inspection_at: evaluation.last_inspection
      ? new Date(evaluation.last_inspection.inspected_at)
      : null,
    last_inspection_passed: evaluation.last_inspection?.passed ?? null,
    evaluated_at: now,
  }
}

/**
 * Writes each product's quality summary, creating or replacing it. The
 * compensation restores the summaries as they were (or removes new ones).
 */
export const storeProductQualityStep = createStep(
  "store-product-quality",
  async (evaluations: ProductQualityEvaluation[], { container }) => {
    const quality: QualityModuleService = container.resolve(QUALITY_MODULE)
    const now = new Date()
    const productIds = evaluations.map((evaluation) => evaluation.product_id)
    const previous = productIds.length
      ? await quality.listProductQualities({ product_id: productIds })
      : []
    const existing = new Map(previous.map((row) => [row.product_id, row]))
    const summaries = evaluations.map((evaluation) => summaryOf(evaluation, now))
    const toUpdate = summaries.filter((summary) => existing.has(summary.product_id))
    const toCreate = summaries.filter((summary) => !existing.has(summary.product_id))
    if (toUpdate.length) {
      await quality.updateProductQualities(
        toUpdate.map((summary) => ({
          id: existing.get(summary.product_id)!.id,
          ...summary,
        })),
      )
    }
    const created = toCreate.length ? await quality.createProductQualities(toCreate) : []
    return new StepResponse(summaries, {
      created: created.map((row) => row.id),
      previous: previous.filter((row) =>
        toUpdate.some((s) => s.product_id === row.product_id),
      ),
    })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const quality: QualityModuleService = container.resolve(QUALITY_MODULE)
    if (undo.created.length) {
      await quality.deleteProductQualities(undo.created)
    }
    if (undo.previous.length) {
      await quality.updateProductQualities(
        undo.previous.map(
          ({ created_at: _c, updated_at: _u, deleted_at: _d, ...row }) => row,
        ),
      )
    }
  },
)

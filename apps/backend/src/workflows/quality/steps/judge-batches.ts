import type { MedusaContainer } from "@medusajs/framework/types"
import { QUALITY_MODULE } from "../../../modules/quality"
import {
  judgeBatch,
  type BatchVerdict,
  type InspectionFacts,
} from "../../../modules/quality/evaluate"
import type QualityModuleService from "../../../modules/quality/service"

type JudgedBatch = {
  id: string
  status: string
  expires_at: Date | string | null
}

export type BatchJudgement = BatchVerdict & { inspections: InspectionFacts[] }

/**
 * Each batch's verdict as of `now` (may it be sold, and if not why), with the
 * inspections it was judged on: one read of the inspections for all of them.
 */
export async function judgeBatches(
  container: MedusaContainer,
  batches: JudgedBatch[],
  now: Date,
): Promise<Map<string, BatchJudgement>> {
  if (!batches.length) {
    return new Map()
  }
  const quality: QualityModuleService = container.resolve(QUALITY_MODULE)
  const inspections = await quality.listQcInspections({
    batch_id: batches.map((batch) => batch.id),
  })
  return new Map(
    batches.map((batch) => {
      const own = inspections
        .filter((inspection) => inspection.batch_id === batch.id)
        .map((inspection) => ({
          passed: inspection.passed,
          inspected_at: inspection.inspected_at,
        }))
      const verdict = judgeBatch({ ...batch, inspections: own }, now)
      return [batch.id, { ...verdict, inspections: own }]
    }),
  )
}

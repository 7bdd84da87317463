import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"
import { QUALITY_MODULE } from "../../../modules/quality"
import type QualityModuleService from "../../../modules/quality/service"
import { judgeBatches } from "./judge-batches"

export type BlockedBatch = {
  id: string
  code: string
  reason: string
  product_title: string | null
  variant_title: string | null
  workshop_name: string | null
}

type BatchRow = {
  id: string
  product_variant?: { title: string | null; product?: { title: string } | null } | null
  workshop?: { name: string } | null
}

/** Every batch that may not be sold now, with why (recalled, expired, failed, on hold). */
export async function blockedBatchesOf(
  container: MedusaContainer,
  now: Date,
): Promise<BlockedBatch[]> {
  const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
  const quality: QualityModuleService = container.resolve(QUALITY_MODULE)
  const failed = await quality.listQcInspections(
    { passed: false },
    { select: ["batch_id"] },
  )
  const candidates = await provenance.listProductionBatches({
    $or: [
      { status: ["recalled", "expired", "on_hold"] },
      { expires_at: { $lte: now } },
      ...(failed.length ? [{ id: failed.map((inspection) => inspection.batch_id) }] : []),
    ],
  })
  if (!candidates.length) {
    return []
  }
  const verdicts = await judgeBatches(container, candidates, now)
  const blocked = candidates.flatMap((batch) => {
    const verdict = verdicts.get(batch.id)!
    return verdict.sellable
      ? []
      : [{ id: batch.id, code: batch.code, reason: verdict.reason! }]
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "production_batch",
    fields: [
      "id",
      "product_variant.title",
      "product_variant.product.title",
      "workshop.name",
    ],
    filters: { id: blocked.map((batch) => batch.id) },
  })
  const rows = new Map((data as BatchRow[]).map((row) => [row.id, row]))
  return blocked.map((batch) => {
    const row = rows.get(batch.id)
    return {
      ...batch,
      product_title: row?.product_variant?.product?.title ?? null,
      variant_title: row?.product_variant?.title ?? null,
      workshop_name: row?.workshop?.name ?? null,
    }
  })
}

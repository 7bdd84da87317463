import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { normalizeBatchCode } from "../../../../modules/provenance/batch-code"
import { QUALITY_MODULE } from "../../../../modules/quality"
import { latestInspection } from "../../../../modules/quality/evaluate"
import type QualityModuleService from "../../../../modules/quality/service"
import { judgeBatches } from "../../../../workflows/quality/steps/judge-batches"
import { PUBLIC_BATCH_FIELDS } from "../query-config"

type PublicBatch = {
  id: string
  code: string
  status: string
  produced_at: string
  best_before: string | null
  expires_at: string | null
  product_variant: {
    id: string
    title: string | null
    product: { id: string; handle: string; title: string; thumbnail: string | null }
  }
  workshop: {
    handle: string
    name: string
    craft_type: string
    story: string | null
    maker_count: number
    training_hours: number
    facility: { handle: string; name: string; city: string; province: string }
  }
}

/** The page a batch's QR label opens: what was made, when, where and by which workshop. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const code = normalizeBatchCode(req.params.code)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = code
    ? await query.graph(
        {
          entity: "production_batch",
          fields: PUBLIC_BATCH_FIELDS,
          filters: { code },
        },
        // The product's title in the buyer's language, where translated.
        { locale: req.locale },
      )
    : { data: [] }
  const batch = data[0] as PublicBatch | undefined
  if (!batch) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `No production batch has the code "${req.params.code}"`,
    )
  }
  const quality: QualityModuleService = req.scope.resolve(QUALITY_MODULE)
  const now = new Date()
  const [[summary], verdicts] = await Promise.all([
    quality.listProductQualities({ product_id: batch.product_variant.product.id }),
    judgeBatches(req.scope, [batch], now),
  ])
  const judged = verdicts.get(batch.id)!
  const lastInspection = latestInspection(judged.inspections)
  // Built field by field: the query adds ids and foreign keys the public does not need.
  const { product_variant: variant, workshop } = batch
  res.json({
    provenance: {
      code: batch.code,
      status: batch.status,
      produced_at: batch.produced_at,
      best_before: batch.best_before,
      expires_at: batch.expires_at,
      product: {
        id: variant.product.id,
        handle: variant.product.handle,
        title: variant.product.title,
        thumbnail: variant.product.thumbnail,
      },
      variant: { id: variant.id, title: variant.title },
      workshop: {
        handle: workshop.handle,
        name: workshop.name,
        craft_type: workshop.craft_type,
        story: workshop.story,
        maker_count: workshop.maker_count,
        training_hours: workshop.training_hours,
      },
      facility: {
        handle: workshop.facility.handle,
        name: workshop.facility.name,
        city: workshop.facility.city,
        province: workshop.facility.province,
      },
      quality: {
        standard_name: summary?.standard_name ?? null,
        standard_met: summary?.standard_met ?? null,
        certificates:
          (summary?.certificates as { items: unknown[] } | undefined)?.items ?? [],
        sellable: judged.sellable,
        last_inspection_at: lastInspection?.inspected_at ?? null,
        last_inspection_passed: lastInspection?.passed ?? null,
      },
    },
  })
}

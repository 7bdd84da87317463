import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renderBatchLabel } from "../../../../../lib/batch-label"
import { storefrontUrl } from "../../../../../lib/runtime-env"
import { retrieveOne } from "../../../utils/retrieve-one"

type LabelBatch = {
  code: string
  produced_at: string
  best_before: string | null
  expires_at: string | null
  workshop: { name: string; facility: { name: string } }
  product_variant: { title: string | null; product: { title: string } }
}

/** A printable label whose QR code opens the batch's provenance page on the storefront. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const batch = (await retrieveOne(
    req.scope,
    "production_batch",
    "Production batch",
    req.params.id,
    [
      "code",
      "produced_at",
      "best_before",
      "expires_at",
      "workshop.name",
      "workshop.facility.name",
      "product_variant.title",
      "product_variant.product.title",
    ],
  )) as unknown as LabelBatch
  const pdf = await renderBatchLabel({
    code: batch.code,
    url: `${storefrontUrl()}/p/${batch.code}`,
    product_title: batch.product_variant.product.title,
    variant_title: batch.product_variant.title,
    workshop_name: batch.workshop.name,
    facility_name: batch.workshop.facility.name,
    produced_at: batch.produced_at,
    best_before: batch.best_before,
    expires_at: batch.expires_at,
  })
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `inline; filename="label-${batch.code}.pdf"`)
  res.send(Buffer.from(pdf))
}

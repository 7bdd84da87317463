import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { refreshProductQualityWorkflow } from "../workflows/quality/workflows/refresh-product-quality"

/** A product's categories, attributes or metadata decide its standard and label facts. */
export default async function refreshProductQuality({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await refreshProductQualityWorkflow(container).run({
    input: { product_ids: [data.id] },
  })
}

export const config: SubscriberConfig = { event: ["product.created", "product.updated"] }

import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import {
  expireBatchesStep,
  findExpiryWorkStep,
  warnStaffStep,
} from "../steps/expiry-steps"
import { refreshProductQualityWorkflow } from "./refresh-product-quality"

/**
 * The daily expiry watch: blocks batches past expiry, takes products whose
 * certificate lapsed off sale, and warns staff of what lapses within 30 days.
 * `now` is an input so the watch can be run for any date.
 */
export const watchExpiryWorkflow = createWorkflow(
  "watch-expiry",
  (input: { now: Date | string }) => {
    const work = findExpiryWorkStep(input)
    const expired = expireBatchesStep(work.expired_batch_ids)
    const unpublish = transform({ work }, ({ work }) => ({
      selector: { id: work.unpublish_product_ids },
      update: { status: "draft" as const },
    }))
    // An empty selector must never reach the update: it would match every product.
    when({ work }, ({ work }) => work.unpublish_product_ids.length > 0).then(() => {
      updateProductsWorkflow.runAsStep({ input: unpublish })
    })
    const productIds = transform({ work }, ({ work }) => work.product_ids)
    refreshProductQualityWorkflow.runAsStep({
      input: { product_ids: productIds, now: input.now },
    })
    warnStaffStep(work.warnings)
    return new WorkflowResponse({
      expired_batch_ids: expired,
      unpublished_product_ids: work.unpublish_product_ids,
      warnings: work.warnings,
    })
  },
)

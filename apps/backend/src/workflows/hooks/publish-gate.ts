import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, ProductStatus } from "@medusajs/framework/utils"
import {
  createProductsWorkflow,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { evaluateProducts } from "../quality/steps/evaluate-products"

/**
 * A product leaves every write published only if it meets its quality
 * standard; otherwise the whole write is undone and the 400 lists every
 * unmet requirement, so staff see all of them at once.
 */
async function assertPublishable(
  container: MedusaContainer,
  products: { id: string; status: string }[],
): Promise<void> {
  const published = products.filter(
    (product) => product.status === ProductStatus.PUBLISHED,
  )
  const evaluations = await evaluateProducts(
    container,
    published.map((product) => product.id),
    new Date(),
  )
  const refused = evaluations.filter((evaluation) => !evaluation.standard_met)
  if (refused.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      refused
        .map(
          (evaluation) =>
            `"${evaluation.title}" cannot be published until it meets ${evaluation.standard!.name}: ${evaluation.unmet.map((unmet) => unmet.message).join("; ")}`,
        )
        .join(" | "),
    )
  }
}

createProductsWorkflow.hooks.productsCreated(async ({ products }, { container }) => {
  await assertPublishable(container, products)
})

updateProductsWorkflow.hooks.productsUpdated(async ({ products }, { container }) => {
  await assertPublishable(container, products)
})

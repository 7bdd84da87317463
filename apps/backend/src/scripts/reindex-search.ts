import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * Rebuilds the product search index from the catalog into a fresh version and
 * swaps it in when complete, so search keeps answering meanwhile.
 */
export async function rebuildProductSearch(container: MedusaContainer): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const searchModule = container.resolve(Modules.SEARCH)
  const startedAt = Date.now()
  await searchModule.reindex({ index: "product" })
  const { metadata } = await searchModule.search({
    entity: "product",
    pagination: { take: 1 },
    search_options: { count: "exact" },
  })
  logger.info(
    `[search] Product index rebuilt: ${metadata.count} products in ${Date.now() - startedAt} ms`,
  )
}

/** `pnpm --filter @karya/backend search:reindex` */
export default async function reindexSearch({ container }: ExecArgs): Promise<void> {
  await rebuildProductSearch(container)
}

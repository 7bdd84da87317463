import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { searchOutage } from "../lib/search-outage"

/**
 * After a search outage, rebuilds the product index as soon as the engine
 * answers again, so what changed while it was down is not missing from search.
 */
export default async function searchCatchUp(container: MedusaContainer) {
  const since = searchOutage.pendingSince()
  if (!since) {
    return
  }
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const searchModule = container.resolve(Modules.SEARCH)
  const startedAt = new Date()
  try {
    await searchModule.search({ entity: "product", pagination: { take: 1 } })
  } catch {
    logger.warn(`Search still unavailable (failing since ${since.toISOString()})`)
    return
  }
  logger.info(`Search is back after an outage since ${since.toISOString()}; rebuilding`)
  await searchModule.reindex({ index: "product" })
  searchOutage.resolve(startedAt)
}

export const config = { name: "search-catch-up", schedule: "* * * * *" }

import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Creates the search indexes the way `medusa db:migrate` does (the test runner
 * only runs the table migrations), then fills them from their seeds.
 */
export async function migrateAndSeedSearch(container: MedusaContainer): Promise<void> {
  const searchModule = container.resolve(Modules.SEARCH)
  const plan = await searchModule.createIndexMigrationPlan()
  await searchModule.executeIndexMigrationPlan(plan)
  await searchModule.reindex({ index: "product" })
}

import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MeilisearchSearchService } from "./services/meilisearch-search"

export default ModuleProvider(Modules.SEARCH, {
  services: [MeilisearchSearchService],
})

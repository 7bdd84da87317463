import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { PostgresSearchSharedFacets } from "./services/postgres-search-shared-facets"

export default ModuleProvider(Modules.SEARCH, {
  services: [PostgresSearchSharedFacets],
})

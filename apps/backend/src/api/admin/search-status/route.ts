import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ISearchModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { searchOutage } from "../../../lib/search-outage"

type SyncRow = {
  version: number
  status: string
  documents_synced: number
  started_at: Date | null
  completed_at: Date | null
  error: string | null
}

/**
 * The product index for the admin's search page: which engine serves it, how
 * many products it holds against how many could be listed, and the latest
 * rebuild with its progress. Medusa's own POST
 * /admin/search-indexes/product/reindex starts a rebuild.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const searchModule = req.scope.resolve<ISearchModuleService>(Modules.SEARCH)
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [index] = (await searchModule.listIndexes()).filter((i) => i.name === "product")

  const [{ rows: syncs }, { rows: counts }] = await Promise.all([
    // A rebuild is one job: the bulk pass, then a short catch-up pass for
    // what changed meanwhile. Progress is the bulk pass's; the state is the
    // latest pass's.
    pg.raw<{ rows: SyncRow[] }>(
      `with job_syncs as (
         select s.*, v.version from search_index i
         join search_index_version v on v.search_index_id = i.id
         join search_index_sync s on s.search_index_version_id = v.id
         where i.name = 'product' and i.deleted_at is null and s.deleted_at is null
       ),
       latest as (select * from job_syncs order by created_at desc limit 1),
       bulk as (
         select * from job_syncs
         where job_id is not distinct from (select job_id from latest)
         order by created_at asc limit 1)
       select latest.version, latest.status, bulk.documents_synced, bulk.started_at,
         case when latest.status = 'done' then latest.completed_at end as completed_at,
         latest.error
       from latest, bulk`,
    ),
    // Published products not held back by their quality standard: what a
    // complete index holds, less products whose stock is all in blocked batches.
    pg.raw<{ rows: { indexable: number }[] }>(
      `select count(*)::int as indexable from product p
       where p.status = 'published' and p.deleted_at is null
         and not exists (select 1 from product_quality q where q.product_id = p.id
           and q.deleted_at is null and not q.standard_met)`,
    ),
  ])

  let documents: number | null = null
  try {
    const result = await searchModule.search({
      entity: "product",
      pagination: { take: 1 },
      search_options: { count: "exact" },
    })
    documents = result.metadata.count
  } catch {
    // The engine is down; the page says so through outage_since.
    searchOutage.record()
  }

  const [sync] = syncs
  res.json({
    index: {
      name: "product",
      engine: index?.provider ?? null,
      status: index?.status ?? "pending",
      documents,
      indexable_products: counts[0].indexable,
      last_sync: sync
        ? {
            version: sync.version,
            status: sync.status,
            documents_synced: sync.documents_synced,
            started_at: sync.started_at,
            completed_at: sync.completed_at,
            error: sync.error,
          }
        : null,
    },
    outage_since: searchOutage.pendingSince(),
  })
}

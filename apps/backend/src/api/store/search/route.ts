import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { ISearchModuleService, SearchTypes } from "@medusajs/framework/types"
import {
  applyTranslations,
  ContainerRegistrationKeys,
  Modules,
} from "@medusajs/framework/utils"
import { keptCatalogAnswer } from "../../../lib/catalog-cache"
import {
  productIndexMark,
  type ProductSearchResult,
  searchProducts,
} from "../../../lib/product-search"
import { searchOutage } from "../../../lib/search-outage"
import type { StoreSearchParamsType } from "./validators"

type ValueCounts = { value: string; count: number }[]

const countsOf = (facet: SearchTypes.SearchFacetResult | undefined): ValueCounts =>
  facet?.type === "value" ? facet.values : []

const flagCounts = (facet: SearchTypes.SearchFacetResult | undefined) => {
  const counts = { true: 0, false: 0 }
  for (const { value, count } of countsOf(facet)) {
    if (value === "true" || value === "false") counts[value] += count
  }
  return counts
}

class SearchUnavailable extends Error {}

/**
 * Product search for buyers (see searchProducts) over the search index:
 * Meilisearch when configured, PostgreSQL otherwise. Only published, sellable
 * products are indexed, and only public facts.
 * When the engine is down the buyer gets a 503 that says so, and nothing else
 * in the shop is affected. Words match the indexed (Indonesian) text; titles
 * and category names are answered in the request's locale where translated.
 *
 * On PostgreSQL the cost of a search grows with the products it matches, so
 * answers are kept like the catalog's (catalog-cache.ts), under the mark of the
 * index's last write too: a change to a product, its stock or its batches
 * reaches the index and the next search answers afresh.
 */
export async function GET(
  req: MedusaStoreRequest<unknown, StoreSearchParamsType>,
  res: MedusaResponse,
) {
  const params = req.validatedQuery as StoreSearchParamsType
  const channels = [...(req.publishable_key_context?.sales_channel_ids ?? [])].sort()
  const searchModule = req.scope.resolve<ISearchModuleService>(Modules.SEARCH)
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const fromEngine = <T>(work: () => Promise<T>) =>
    work().catch((error: Error) => {
      req.scope
        .resolve(ContainerRegistrationKeys.LOGGER)
        .error(`Product search failed: ${error.message}`)
      searchOutage.record()
      throw new SearchUnavailable()
    })
  const answer = async () =>
    searchAnswer(
      req,
      params,
      await fromEngine(() => searchProducts(searchModule, pg, params, channels)),
    )

  let body: SearchAnswer
  try {
    const mark = await fromEngine(() => productIndexMark(searchModule, pg))
    body =
      mark === null
        ? await answer()
        : await keptCatalogAnswer(
            req.scope,
            { search: params, channels, locale: req.locale ?? null, index: mark },
            answer,
          )
  } catch (error) {
    if (!(error instanceof SearchUnavailable)) {
      throw error
    }
    res.status(503).json({
      type: "search_unavailable",
      message:
        "Pencarian sedang tidak tersedia. Silakan jelajahi kategori produk. " +
        "(Search is unavailable right now; please browse the categories.)",
    })
    return
  }
  res.json(body)
}

type SearchAnswer = Awaited<ReturnType<typeof searchAnswer>>

/** The response body: hits and facets with names in the request's locale. */
async function searchAnswer(
  req: MedusaStoreRequest,
  params: StoreSearchParamsType,
  result: ProductSearchResult,
) {
  const facets = result.facets ?? {}
  const names = await facetNames(req, {
    categories: [
      ...countsOf(facets.category_handles).map((c) => c.value),
      ...result.hits.flatMap(({ document: doc }) => doc.category_handle || []),
    ],
    facilities: countsOf(facets.facility_handle).map((c) => c.value),
  })
  const price = facets.price?.type === "stats" ? facets.price : undefined

  const hits = result.hits.map(({ document: doc }) => ({
    id: doc.id,
    handle: doc.handle,
    title: doc.title,
    subtitle: doc.subtitle || null,
    thumbnail: doc.thumbnail || null,
    price: doc.has_price ? { amount: doc.price, currency_code: "idr" } : null,
    in_stock: doc.in_stock,
    halal: doc.halal,
    certifications: doc.certifications,
    category: doc.category_handle
      ? {
          handle: doc.category_handle,
          name: names.categories.get(doc.category_handle) ?? doc.category_name,
        }
      : null,
    workshop: doc.workshop_handle
      ? { handle: doc.workshop_handle, name: doc.workshop_name }
      : null,
    facility: doc.facility_handle
      ? { handle: doc.facility_handle, name: doc.facility_name }
      : null,
  }))
  await applyTranslations({ localeCode: req.locale, objects: hits, container: req.scope })

  return {
    query: params.q ?? "",
    corrected_query: result.corrected_query,
    hits,
    total: result.metadata.count ?? 0,
    page: params.page,
    limit: params.limit,
    facets: {
      categories: withNames(countsOf(facets.category_handles), names.categories),
      facilities: withNames(countsOf(facets.facility_handle), names.facilities),
      certifications: countsOf(facets.certifications).map(({ value, count }) => ({
        type: value,
        count,
      })),
      halal: flagCounts(facets.halal),
      in_stock: flagCounts(facets.in_stock),
      price: price && price.count > 0 ? { min: price.min, max: price.max } : null,
    },
  }
}

const withNames = (counts: ValueCounts, names: Map<string, string>) =>
  counts
    .filter(({ value }) => names.has(value))
    .map(({ value, count }) => ({ handle: value, name: names.get(value)!, count }))

/** Display names of the handles, from the catalog itself, in the request's locale. */
async function facetNames(
  req: MedusaStoreRequest,
  handles: { categories: string[]; facilities: string[] },
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [categories, facilities] = await Promise.all([
    handles.categories.length
      ? query.graph(
          {
            entity: "product_category",
            fields: ["id", "handle", "name"],
            filters: { handle: handles.categories, is_active: true, is_internal: false },
          },
          { locale: req.locale },
        )
      : { data: [] },
    handles.facilities.length
      ? query.graph({
          entity: "facility",
          fields: ["handle", "name"],
          filters: { handle: handles.facilities },
        })
      : { data: [] },
  ])
  return {
    categories: new Map(
      categories.data.map((c) => [c.handle as string, c.name as string]),
    ),
    facilities: new Map(
      facilities.data.map((f) => [f.handle as string, f.name as string]),
    ),
  }
}

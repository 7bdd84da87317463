import {
  applyDefaultFilters,
  clearFiltersByKey,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaResponse,
  type MedusaStoreRequest,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  ProductStatus,
  QueryContext,
  isPresent,
} from "@medusajs/framework/utils"
import { wrapProductsWithTaxPrices } from "@medusajs/medusa/api/store/products/helpers"
import { listProductQueryConfig } from "@medusajs/medusa/api/store/products/query-config"
import { StoreGetProductsParams } from "@medusajs/medusa/api/store/products/validators"
import {
  filterByValidSalesChannels,
  normalizeDataForContext,
  prepareInventoryQuantityFields,
  setPricingContext,
  setTaxContext,
  wrapVariantsWithInventoryQuantityForSalesChannel,
} from "@medusajs/medusa/api/utils/middlewares/index"
import {
  PRODUCT_ORDER_COLUMNS,
  queryProductListPage,
  type ProductListOrder,
  type ProductOrderColumn,
} from "./product-list-query"

type Middleware = (
  req: MedusaStoreRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
) => unknown

// Medusa's own chain for GET /store/products without its sales-channel link filter,
// the step whose cost grows with the catalog: the page query joins the channel instead.
const PREPARE_REQUEST: Middleware[] = [
  validateAndTransformQuery(StoreGetProductsParams, listProductQueryConfig),
  filterByValidSalesChannels(),
  applyDefaultFilters({ status: ProductStatus.PUBLISHED }),
  normalizeDataForContext(),
  setPricingContext(),
  setTaxContext(),
  clearFiltersByKey(["region_id", "country_code", "province", "cart_id"]),
] as Middleware[]

// Query parameters whose meaning the page query reproduces exactly; a request with
// any other goes through Medusa's own route unchanged.
const SERVED_PARAMETERS = new Set([
  "fields",
  "limit",
  "offset",
  "order",
  "region_id",
  "country_code",
  "province",
  "cart_id",
  "sales_channel_id",
  "id",
  "handle",
  "collection_id",
  "category_id",
])

function parseOrder(order: unknown): ProductListOrder | null {
  if (order === undefined) {
    return { column: "id", descending: false }
  }
  if (typeof order !== "string") {
    return null
  }
  const descending = order.startsWith("-")
  const column = (descending ? order.slice(1) : order) as ProductOrderColumn
  return PRODUCT_ORDER_COLUMNS.includes(column) ? { column, descending } : null
}

const asList = (value: unknown): string[] | undefined =>
  isPresent(value) ? [value as string | string[]].flat() : undefined

function runMiddleware(
  middleware: Middleware,
  req: MedusaStoreRequest,
  res: MedusaResponse,
) {
  return new Promise<void>((resolve, reject) => {
    const next = (error?: unknown) => (error ? reject(error) : resolve())
    Promise.resolve()
      .then(() => middleware(req, res, next))
      .catch(reject)
  })
}

/**
 * Answers GET /store/products with what Medusa's route answers (the same
 * validation, fields, calculated prices, taxes and stock figures, and an exact
 * count), finding the page's products with one statement whose cost does not
 * grow with the catalog. Requests it does not serve continue to Medusa's route.
 */
export async function serveProductList(
  req: MedusaStoreRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
) {
  // Mounted as a prefix: /store/products/:id arrives here too.
  const order = parseOrder(req.query.order)
  const served =
    req.method === "GET" &&
    req.path === "/" &&
    order !== null &&
    Object.keys(req.query).every((name) => SERVED_PARAMETERS.has(name))
  if (!served) {
    return next()
  }

  for (const middleware of PREPARE_REQUEST) {
    await runMiddleware(middleware, req, res)
  }

  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const filters = req.filterableFields as Record<string, unknown>
  const { take, skip } = req.queryConfig.pagination
  const page = await queryProductListPage(
    pg,
    {
      salesChannelIds: asList(filters.sales_channel_id) ?? [],
      ids: asList(filters.id),
      handles: asList(filters.handle),
      collectionIds: asList(filters.collection_id),
      categoryIds: asList((filters.categories as { id?: unknown } | undefined)?.id),
    },
    order,
    { limit: take ?? 50, offset: skip ?? 0 },
    req.locale ?? null,
  )

  const { fields, withInventoryQuantity } = prepareInventoryQuantityFields(
    req.queryConfig.fields,
    { relation: "variants" },
  )
  const context: Record<string, Record<string, unknown>> = {}
  if (isPresent(req.pricingContext)) {
    context.variants = { calculated_price: QueryContext({ ...req.pricingContext }) }
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = page.ids.length
    ? await query.graph(
        { entity: "product", fields, filters: { id: page.ids }, context },
        { cache: { enable: true }, locale: req.locale },
      )
    : { data: [] }
  const position = new Map(page.ids.map((id, index) => [id, index]))
  const products = [...data].sort((a, b) => position.get(a.id)! - position.get(b.id)!)

  if (withInventoryQuantity) {
    await wrapVariantsWithInventoryQuantityForSalesChannel(
      req,
      products.flatMap((product) => product.variants ?? []),
    )
  }
  await wrapProductsWithTaxPrices(req, products)
  res.json({ products, count: page.count, offset: skip ?? 0, limit: take ?? 50 })
}

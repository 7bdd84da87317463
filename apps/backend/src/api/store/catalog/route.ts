import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { keptCatalogAnswer, keptCatalogFacts } from "../../../lib/catalog-cache"
import { queryCatalog, readCatalogFacts, translatedLocales } from "./catalog-query"
import { inStockProducts } from "../../../lib/product-stock"
import type { StoreCatalogParamsType } from "./validators"

/**
 * The storefront's product listing: published products of the key's sales
 * channels, filtered by category, facility, certificate and price, sorted and
 * paged, with facets. Only public fields: workshops and facilities by handle
 * and name, certificates by type.
 */
export async function GET(
  req: MedusaStoreRequest<unknown, StoreCatalogParamsType>,
  res: MedusaResponse,
) {
  const params = req.validatedQuery as StoreCatalogParamsType
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const channels = req.publishable_key_context?.sales_channel_ids ?? []

  // A locale nothing is translated into reads as the originals, so it shares their
  // facts: any locale string is accepted, and each distinct one must not cost a reading.
  const translated = await keptCatalogFacts(req.scope, "translated-locales", () =>
    translatedLocales(pg),
  )
  const locale = req.locale && translated.includes(req.locale) ? req.locale : undefined
  const listing = { channels: [...channels].sort(), locale: locale ?? null }
  const catalog = await keptCatalogAnswer(req.scope, { params, ...listing }, async () =>
    queryCatalog(
      pg,
      await keptCatalogFacts(req.scope, listing, () =>
        readCatalogFacts(pg, channels, locale),
      ),
      params,
      locale,
    ),
  )
  for (const name of ["category", "facility"] as const) {
    if (params[name] && !catalog[`${name}_id`]) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${name}: no ${name} has the handle "${params[name]}"`,
      )
    }
  }

  const inStock = await inStockProducts(
    pg,
    req.scope,
    catalog.products.map((product) => product.id),
    channels,
  )
  res.json({
    products: catalog.products.map((product) => ({
      id: product.id,
      handle: product.handle,
      title: product.title,
      subtitle: product.subtitle,
      thumbnail: product.thumbnail,
      price:
        product.price === null ? null : { amount: product.price, currency_code: "idr" },
      in_stock: inStock.has(product.id),
      category: product.category,
      workshop: product.workshop_handle
        ? { handle: product.workshop_handle, name: product.workshop_name }
        : null,
      facility: product.facility_handle
        ? { handle: product.facility_handle, name: product.facility_name }
        : null,
      certifications: product.certifications,
    })),
    count: catalog.count,
    page: params.page,
    limit: params.limit,
    facets: catalog.facets,
  })
}

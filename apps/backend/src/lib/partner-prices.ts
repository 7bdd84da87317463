import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MathBN,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"

export type PriceTier = {
  min_quantity: number
  max_quantity: number | null
  amount: number
}

export type PartnerPriceProduct = {
  product_id: string
  title: string
  handle: string
  thumbnail: string | null
  minimum_order_quantity: number | null
  variants: {
    variant_id: string
    title: string | null
    sku: string | null
    retail_price: number | null
    tiers: PriceTier[]
  }[]
}

type ProductRow = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  minimum_order_quantity?: { quantity: number } | null
  variants?: {
    id: string
    title: string | null
    sku: string | null
    variant_rank?: number | null
    price_set?: { id: string } | null
  }[]
}

type PriceRow = {
  price_set_id: string
  price_list_id: string | null
  amount: unknown
  min_quantity: unknown
  max_quantity: unknown
  rules_count: number | null
}

const PARTNER_GROUP_RULE = "customer.groups.id"

/** The ids of the active price lists that apply to a customer group today. */
async function groupPriceListIds(
  container: MedusaContainer,
  groupId: string,
  now: Date,
): Promise<string[]> {
  const pricing = container.resolve(Modules.PRICING)
  const lists = await pricing.listPriceLists(
    { status: ["active"] },
    { relations: ["price_list_rules"] },
  )
  return lists
    .filter(
      (list) =>
        (!list.starts_at || new Date(list.starts_at) <= now) &&
        (!list.ends_at || new Date(list.ends_at) >= now) &&
        (list.price_list_rules ?? []).some((rule) => {
          const values = rule.value as unknown
          return (
            rule.attribute === PARTNER_GROUP_RULE &&
            (Array.isArray(values) ? values.includes(groupId) : values === groupId)
          )
        }),
    )
    .map((list) => list.id)
}

/**
 * A page of the catalog as a partner shop sees it: each variant's public price
 * and the quantity tiers of its group's price lists, and each product's
 * minimum order quantity. Only published products are listed.
 */
export async function partnerPricePage(
  container: MedusaContainer,
  params: {
    customer_group_id: string | null
    currency_code: string
    q?: string
    limit: number
    offset: number
  },
): Promise<{ products: PartnerPriceProduct[]; count: number }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const pricing = container.resolve(Modules.PRICING)
  const text = params.q?.trim()
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "handle",
      "thumbnail",
      "minimum_order_quantity.quantity",
      "variants.id",
      "variants.title",
      "variants.sku",
      "variants.variant_rank",
      "variants.price_set.id",
    ],
    filters: {
      status: ProductStatus.PUBLISHED,
      ...(text
        ? {
            $or: [
              { title: { $ilike: `%${text}%` } },
              { variants: { sku: { $ilike: `%${text}%` } } },
            ],
          }
        : {}),
    },
    pagination: { skip: params.offset, take: params.limit, order: { title: "ASC" } },
  })
  const products = data as ProductRow[]
  const priceSetIds = products.flatMap((product) =>
    (product.variants ?? []).flatMap((variant) =>
      variant.price_set ? [variant.price_set.id] : [],
    ),
  )
  const [listIds, prices] = await Promise.all([
    params.customer_group_id
      ? groupPriceListIds(container, params.customer_group_id, new Date())
      : Promise.resolve([]),
    priceSetIds.length
      ? pricing.listPrices(
          { price_set_id: priceSetIds, currency_code: params.currency_code },
          {
            select: [
              "id",
              "price_set_id",
              "price_list_id",
              "amount",
              "min_quantity",
              "max_quantity",
              "rules_count",
            ],
          },
        )
      : Promise.resolve([]),
  ])
  const partnerLists = new Set(listIds)
  const bySet = new Map<string, PriceRow[]>()
  for (const price of prices as unknown as PriceRow[]) {
    bySet.set(price.price_set_id, [...(bySet.get(price.price_set_id) ?? []), price])
  }
  const number = (value: unknown) =>
    value === null || value === undefined
      ? null
      : MathBN.convert(value as number).toNumber()
  return {
    count: metadata?.count ?? products.length,
    products: products.map((product) => ({
      product_id: product.id,
      title: product.title,
      handle: product.handle,
      thumbnail: product.thumbnail,
      minimum_order_quantity: product.minimum_order_quantity?.quantity ?? null,
      variants: [...(product.variants ?? [])]
        .sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))
        .map((variant) => {
          const own = variant.price_set ? (bySet.get(variant.price_set.id) ?? []) : []
          const retail = own.find(
            (price) =>
              !price.price_list_id &&
              !price.rules_count &&
              (number(price.min_quantity) ?? 0) <= 1,
          )
          const tiers = own
            .filter(
              (price) => price.price_list_id && partnerLists.has(price.price_list_id),
            )
            .map((price) => ({
              min_quantity: number(price.min_quantity) ?? 1,
              max_quantity: number(price.max_quantity),
              amount: number(price.amount)!,
            }))
            .sort((a, b) => a.min_quantity - b.min_quantity)
          return {
            variant_id: variant.id,
            title: variant.title,
            sku: variant.sku,
            retail_price: retail ? number(retail.amount) : null,
            tiers,
          }
        }),
    })),
  }
}

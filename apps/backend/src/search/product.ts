import type { SearchTypes } from "@medusajs/framework/types"
import {
  defineSearchIndex,
  graphConsume,
  graphSeed,
  search,
} from "@medusajs/framework/utils"
import { buildProductDocuments } from "./_product-documents"

/**
 * Fields buyers search, filter, facet and sort the catalog by. The text fields
 * are weighted: a word in the title counts more than one in the description.
 * `aliases` holds synonyms of the product's words (see search-synonyms.ts) and
 * is never returned.
 */
export const productSearchFields = search.define({
  id: search.keyword().filterable().sortable(),
  handle: search.keyword(),
  title: search.text().searchable({ weight: 5 }),
  subtitle: search.text().searchable({ weight: 2 }),
  description: search.text().searchable({ weight: 1 }),
  thumbnail: search.keyword(),
  status: search.keyword().filterable(),
  created_at: search.date().sortable(),
  price: search
    .integer()
    .filterable()
    .sortable()
    .facetable({ types: ["stats"] }),
  has_price: search.boolean().filterable().sortable(),
  category_handle: search.keyword(),
  category_name: search.keyword(),
  category_handles: search.keyword().array().filterable().facetable(),
  category_names: search.text().array().searchable({ weight: 3 }),
  tags: search.text().array().searchable({ weight: 3 }),
  workshop_handle: search.keyword(),
  workshop_name: search.text().searchable({ weight: 2 }),
  facility_handle: search.keyword().filterable().facetable(),
  facility_name: search.text().searchable({ weight: 1 }),
  certifications: search.keyword().array().filterable().facetable(),
  halal: search.boolean().filterable().facetable(),
  in_stock: search.boolean().filterable().facetable(),
  sales_channel_ids: search.keyword().array().filterable(),
  aliases: search.text().array().searchable({ weight: 2 }).retrievable(false),
})

type IngestedEvent = {
  name: string
  data: { id?: string | string[]; product_id?: string | string[] }
}
type Ingestion = SearchTypes.SearchIngestionContext

const idsOf = (event: IngestedEvent) =>
  event.data.id === undefined ? [] : [event.data.id].flat()

/** The products whose variants use the given inventory items. */
async function productsOfInventoryItems(context: Ingestion, itemIds: string[]) {
  if (!itemIds.length) {
    return []
  }
  const { data } = await context.container.query.graph({
    entity: "inventory_item",
    fields: ["variants.product_id"],
    filters: { id: itemIds },
    withDeleted: true,
  })
  return data.flatMap((item) =>
    ((item.variants ?? []) as { product_id: string }[]).map((v) => v.product_id),
  )
}

type GraphRows = { data: Record<string, unknown>[] }

/** Reads one id field of the rows an event names, deleted rows included. */
async function read(
  context: Ingestion,
  entity: string,
  ids: string[],
  field: string,
): Promise<string[]> {
  const { data } = (await context.container.query.graph({
    entity,
    fields: [field],
    filters: { id: ids },
    withDeleted: true,
  })) as GraphRows
  return data.map((row) => row[field] as string).filter(Boolean)
}

/**
 * Maps an event about something a product shows (a variant, its stock, its
 * category, its workshop, its batches, its quality summary) to the products to
 * read again. Module events are named `<module>.<model>.<action>`, workflow
 * events `<model>.<action>`.
 */
async function productIdsOf(event: IngestedEvent, context: Ingestion) {
  const ids = idsOf(event)
  const subject = event.name.split(".").slice(0, -1).join(".")
  switch (subject) {
    case "product-variant":
      return read(context, "product_variant", ids, "product_id")
    case "inventory.inventory-level":
      return productsOfInventoryItems(
        context,
        await read(context, "inventory_level", ids, "inventory_item_id"),
      )
    case "inventory.reservation-item":
      return productsOfInventoryItems(
        context,
        await read(context, "reservation_item", ids, "inventory_item_id"),
      )
    case "product-category": {
      const { data } = (await context.container.query.graph({
        entity: "product_category",
        fields: ["products.id"],
        filters: { id: ids },
        withDeleted: true,
      })) as GraphRows
      return data.flatMap((row) =>
        ((row.products ?? []) as { id: string }[]).map((product) => product.id),
      )
    }
    case "provenance.workshop":
    case "provenance.facility": {
      const { data } = (await context.container.query.graph({
        entity: subject === "provenance.workshop" ? "workshop" : "facility",
        fields:
          subject === "provenance.workshop" ? ["products.id"] : ["workshops.products.id"],
        filters: { id: ids },
        withDeleted: true,
      })) as GraphRows
      const workshops = (row: Record<string, unknown>) =>
        subject === "provenance.workshop"
          ? [row]
          : ((row.workshops ?? []) as Record<string, unknown>[])
      return data.flatMap((row) =>
        workshops(row).flatMap((workshop) =>
          ((workshop.products ?? []) as { id: string }[]).map((product) => product.id),
        ),
      )
    }
    case "provenance.production-batch":
      return read(context, "production_batch", ids, "product_id")
    case "LinkProductProductProvenanceWorkshop":
      return [event.data.product_id ?? []].flat()
    case "quality.product-quality":
      return read(context, "product_quality", ids, "product_id")
    default:
      // product.* events carry product ids.
      return ids
  }
}

const source = {
  fields: ["id"],
  transform: (rows: { id: string }[]) => buildProductDocuments(rows.map((row) => row.id)),
}

export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields: productSearchFields,
  settings: {
    typo_tolerance: {
      enabled: true,
      min_word_size_for_one_typo: 4,
      min_word_size_for_two_typos: 8,
    },
  },
  events: [
    "product.created",
    "product.updated",
    "product.deleted",
    "product-variant.created",
    "product-variant.updated",
    "product-variant.deleted",
    "inventory.inventory-level.created",
    "inventory.inventory-level.updated",
    "inventory.inventory-level.deleted",
    "inventory.reservation-item.created",
    "inventory.reservation-item.updated",
    "inventory.reservation-item.deleted",
    "product-category.updated",
    "product-category.deleted",
    "provenance.facility.updated",
    "provenance.workshop.updated",
    "LinkProductProductProvenanceWorkshop.attached",
    "LinkProductProductProvenanceWorkshop.detached",
    "provenance.production-batch.created",
    "provenance.production-batch.updated",
    "quality.product-quality.created",
    "quality.product-quality.updated",
  ],
  consume: graphConsume({
    ...source,
    resolve_ids: (event, context) => productIdsOf(event as IngestedEvent, context),
    // Only a product's own deletion removes it outright; a deleted variant,
    // level or reservation changes what the product shows.
    is_delete: (event) => event.name === "product.deleted",
  }),
  seed: graphSeed({ ...source, batch_size: 200 }),
})

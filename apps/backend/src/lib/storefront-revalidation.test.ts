import { readFileSync } from "node:fs"
import path from "node:path"
import {
  REVALIDATING_EVENTS,
  STOREFRONT_CACHE_TAGS,
  tagsForEvent,
} from "./storefront-revalidation"

describe("tagsForEvent", () => {
  it.each([
    ["product.created", ["products", "workshops", "impact", "search"]],
    ["product.updated", ["products", "workshops", "impact", "search"]],
    ["product.deleted", ["products", "workshops", "impact", "search"]],
    ["product-variant.updated", ["products", "search"]],
    ["product-category.updated", ["categories", "products", "search"]],
    ["product-collection.deleted", ["collections", "products", "search"]],
    ["inventory-level.updated", ["products", "search"]],
    ["inventory.inventory-level.updated", ["products", "search"]],
    ["reservation-item.created", ["products", "search"]],
    ["inventory.reservation-item.deleted", ["products", "search"]],
    ["pricing.price-list.created", ["products", "search"]],
    ["pricing.price.updated", ["products", "search"]],
    ["region.updated", ["regions", "payment-providers"]],
    [
      "provenance.facility.updated",
      ["facilities", "workshops", "products", "impact", "search"],
    ],
    [
      "provenance.workshop.created",
      ["facilities", "workshops", "products", "impact", "search"],
    ],
    [
      "LinkProductProductProvenanceWorkshop.detached",
      ["facilities", "workshops", "products", "impact", "search"],
    ],
    ["provenance.production-batch.updated", ["products", "search"]],
    ["quality.product-quality.updated", ["products", "search"]],
    [
      "translation.updated",
      ["products", "categories", "facilities", "workshops", "search"],
    ],
    ["impact.impact-entry.created", ["impact"]],
    ["payment.captured", ["impact"]],
    ["payment.refunded", ["impact"]],
    ["order.canceled", ["impact"]],
  ])("%s makes %j stale", (event, tags) => {
    expect(tagsForEvent(event)).toEqual(tags)
  })

  it("leaves the cache alone for events the catalog does not show", () => {
    for (const event of ["cart.updated", "order.placed", "customer.created", "product"]) {
      expect(tagsForEvent(event)).toEqual([])
    }
  })

  it("subscribes to each event once, and every one of them stales something", () => {
    expect(new Set(REVALIDATING_EVENTS).size).toEqual(REVALIDATING_EVENTS.length)
    for (const event of REVALIDATING_EVENTS) {
      expect(tagsForEvent(event).length).toBeGreaterThan(0)
    }
  })
})

describe("STOREFRONT_CACHE_TAGS", () => {
  it("names only tags the storefront caches under (it refuses any other)", () => {
    const storeApi = readFileSync(
      path.resolve(__dirname, "../../../storefront/src/lib/data/store-api.ts"),
      "utf8",
    )
    const block = storeApi.match(/export const CACHE_TAGS = \{([^}]*)\}/)?.[1] ?? ""
    const storefrontTags = [...block.matchAll(/:\s*"([^"]+)"/g)].map((match) => match[1])
    expect(storefrontTags.length).toBeGreaterThan(0)
    expect(storefrontTags).toEqual(expect.arrayContaining([...STOREFRONT_CACHE_TAGS]))
  })
})

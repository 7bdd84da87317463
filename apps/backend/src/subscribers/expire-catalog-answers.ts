import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CATALOG_EVENTS, expireCatalogAnswers } from "../lib/catalog-cache"

/** A change to what `/store/catalog` lists is seen by its next request. */
export default async function expireCatalog({ container }: SubscriberArgs) {
  await expireCatalogAnswers(container)
}

export const config: SubscriberConfig = { event: CATALOG_EVENTS }

import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { storefrontRevalidateSecret, storefrontUrl } from "../lib/runtime-env"
import { REVALIDATING_EVENTS, tagsForEvent } from "../lib/storefront-revalidation"
import {
  createStorefrontRevalidator,
  type StorefrontRevalidator,
} from "../lib/storefront-revalidator"

/** One per process, so that every event of a burst joins the same request. */
let revalidator: StorefrontRevalidator | undefined

function sharedRevalidator(logger: Logger): StorefrontRevalidator {
  revalidator ??= createStorefrontRevalidator({
    endpoint: `${storefrontUrl()}/api/revalidate`,
    secret: storefrontRevalidateSecret(),
    logger,
    quiet: process.env.NODE_ENV === "test",
  })
  return revalidator
}

/** Catalog changes reach the storefront's cache within about half a second. */
export default async function revalidateStorefront({ event, container }: SubscriberArgs) {
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  void sharedRevalidator(logger).schedule(tagsForEvent(event.name))
}

export const config: SubscriberConfig = { event: REVALIDATING_EVENTS }

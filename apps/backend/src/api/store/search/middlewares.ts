import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreSearchParams } from "./validators"

/** GET only: Medusa's own POST /store/search stays closed (no index is opted in). */
export const storeSearchMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/search",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreSearchParams, {})],
  },
]

import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreCatalogParams } from "./validators"

export const storeCatalogMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/catalog",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreCatalogParams, {})],
  },
]

import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreListFacilitiesParams } from "./validators"

export const storeFacilitiesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/facilities",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreListFacilitiesParams, {})],
  },
]

import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreListWorkshopsParams } from "./validators"

export const storeWorkshopsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/workshops",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreListWorkshopsParams, {})],
  },
]

import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreOrderLookup } from "./validators"

export const storeOrderLookupMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/order-lookup",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(StoreOrderLookup)],
  },
]

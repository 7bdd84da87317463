import { defineMiddlewares } from "@medusajs/framework/http"
import { storeFacilitiesMiddlewares } from "./store/facilities/middlewares"
import { storeProductsMiddlewares } from "./store/products/middlewares"
import { storeWorkshopsMiddlewares } from "./store/workshops/middlewares"

export default defineMiddlewares({
  routes: [
    ...storeFacilitiesMiddlewares,
    ...storeWorkshopsMiddlewares,
    ...storeProductsMiddlewares,
  ],
})

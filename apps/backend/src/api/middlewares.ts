import { defineMiddlewares } from "@medusajs/framework/http"
import { adminBatchesMiddlewares } from "./admin/batches/middlewares"
import { adminCertificatesMiddlewares } from "./admin/certificates/middlewares"
import { adminFacilitiesMiddlewares } from "./admin/facilities/middlewares"
import { adminImpactMiddlewares } from "./admin/impact/middlewares"
import { adminQualityStandardsMiddlewares } from "./admin/quality-standards/middlewares"
import { adminWorkshopsMiddlewares } from "./admin/workshops/middlewares"
import { storeFacilitiesMiddlewares } from "./store/facilities/middlewares"
import { storeProductsMiddlewares } from "./store/products/middlewares"
import { storeWorkshopsMiddlewares } from "./store/workshops/middlewares"

export default defineMiddlewares({
  routes: [
    ...adminFacilitiesMiddlewares,
    ...adminWorkshopsMiddlewares,
    ...adminBatchesMiddlewares,
    ...adminImpactMiddlewares,
    ...adminQualityStandardsMiddlewares,
    ...adminCertificatesMiddlewares,
    ...storeFacilitiesMiddlewares,
    ...storeWorkshopsMiddlewares,
    ...storeProductsMiddlewares,
  ],
})

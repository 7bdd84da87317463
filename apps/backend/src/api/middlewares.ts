import { defineMiddlewares } from "@medusajs/framework/http"
import { adminBatchesMiddlewares } from "./admin/batches/middlewares"
import { adminCertificatesMiddlewares } from "./admin/certificates/middlewares"
import { adminFacilitiesMiddlewares } from "./admin/facilities/middlewares"
import { adminImpactMiddlewares } from "./admin/impact/middlewares"
import { adminQualityStandardsMiddlewares } from "./admin/quality-standards/middlewares"
import { adminShippingPolicyMiddlewares } from "./admin/shipping-policy/middlewares"
import { adminShippingRatesMiddlewares } from "./admin/shipping-rates/middlewares"
import { adminWorkshopsMiddlewares } from "./admin/workshops/middlewares"
import { paymentHookMiddlewares } from "./hooks/middlewares"
import { storeCatalogMiddlewares } from "./store/catalog/middlewares"
import { storeFacilitiesMiddlewares } from "./store/facilities/middlewares"
import { storeOrderLookupMiddlewares } from "./store/order-lookup/middlewares"
import { storeProductsMiddlewares } from "./store/products/middlewares"
import { storeSearchMiddlewares } from "./store/search/middlewares"
import { storeWorkshopsMiddlewares } from "./store/workshops/middlewares"

export default defineMiddlewares({
  routes: [
    ...adminFacilitiesMiddlewares,
    ...adminWorkshopsMiddlewares,
    ...adminBatchesMiddlewares,
    ...adminImpactMiddlewares,
    ...adminQualityStandardsMiddlewares,
    ...adminCertificatesMiddlewares,
    ...adminShippingRatesMiddlewares,
    ...adminShippingPolicyMiddlewares,
    ...storeCatalogMiddlewares,
    ...storeFacilitiesMiddlewares,
    ...storeWorkshopsMiddlewares,
    ...storeProductsMiddlewares,
    ...storeSearchMiddlewares,
    ...storeOrderLookupMiddlewares,
    ...paymentHookMiddlewares,
  ],
})

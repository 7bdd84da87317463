import { defineMiddlewares } from "@medusajs/framework/http"
import { adminBatchesMiddlewares } from "./admin/batches/middlewares"
import { adminCertificatesMiddlewares } from "./admin/certificates/middlewares"
import { adminFacilitiesMiddlewares } from "./admin/facilities/middlewares"
import { adminFacilityShipmentsMiddlewares } from "./admin/facilities/[id]/shipments/middlewares"
import { adminImpactMiddlewares } from "./admin/impact/middlewares"
import { adminExportsMiddlewares } from "./admin/exports/middlewares"
import { adminImpactDashboardMiddlewares } from "./admin/impact-dashboard/middlewares"
import { adminQualityStandardsMiddlewares } from "./admin/quality-standards/middlewares"
import { adminShippingPolicyMiddlewares } from "./admin/shipping-policy/middlewares"
import { adminShippingRatesMiddlewares } from "./admin/shipping-rates/middlewares"
import {
  adminStaffGuardMiddlewares,
  adminStaffMiddlewares,
} from "./admin/staff/middlewares"
import { adminInvoicesMiddlewares } from "./admin/invoices/middlewares"
import { adminPartnerApplicationsMiddlewares } from "./admin/partner-applications/middlewares"
import { adminPartnerShopsMiddlewares } from "./admin/partner-shops/middlewares"
import { adminProductWholesaleMiddlewares } from "./admin/products/[id]/wholesale/middlewares"
import { adminQuotesMiddlewares } from "./admin/quotes/middlewares"
import { adminWorkshopsMiddlewares } from "./admin/workshops/middlewares"
import { paymentHookMiddlewares } from "./hooks/middlewares"
import { rateLimitMiddlewares } from "./rate-limits"
import { storeCartsMiddlewares } from "./store/carts/middlewares"
import { storeCatalogMiddlewares } from "./store/catalog/middlewares"
import { storeFacilitiesMiddlewares } from "./store/facilities/middlewares"
import { storeOrderLookupMiddlewares } from "./store/order-lookup/middlewares"
import { storeOwnershipMiddlewares } from "./store/ownership/middlewares"
import { storeProductsMiddlewares } from "./store/products/middlewares"
import { storePartnerApplicationsMiddlewares } from "./store/partner-applications/middlewares"
import { storePartnerMiddlewares } from "./store/partner/middlewares"
import { storePaymentCollectionsMiddlewares } from "./store/payment-collections/middlewares"
import { storeSearchMiddlewares } from "./store/search/middlewares"
import { storeWorkshopsMiddlewares } from "./store/workshops/middlewares"

export default defineMiddlewares({
  routes: [
    // First: a refused request is answered before any other work on its path.
    ...rateLimitMiddlewares,
    // First: the staff policy decides before any other admin middleware runs.
    ...adminStaffGuardMiddlewares,
    ...adminStaffMiddlewares,
    ...adminFacilitiesMiddlewares,
    ...adminFacilityShipmentsMiddlewares,
    ...adminWorkshopsMiddlewares,
    ...adminBatchesMiddlewares,
    ...adminImpactMiddlewares,
    ...adminExportsMiddlewares,
    ...adminImpactDashboardMiddlewares,
    ...adminQualityStandardsMiddlewares,
    ...adminCertificatesMiddlewares,
    ...adminShippingRatesMiddlewares,
    ...adminShippingPolicyMiddlewares,
    ...storeOwnershipMiddlewares,
    ...storeCartsMiddlewares,
    ...storeCatalogMiddlewares,
    ...storeFacilitiesMiddlewares,
    ...storeWorkshopsMiddlewares,
    ...storeProductsMiddlewares,
    ...storeSearchMiddlewares,
    ...storeOrderLookupMiddlewares,
    ...storePartnerApplicationsMiddlewares,
    ...storePartnerMiddlewares,
    ...storePaymentCollectionsMiddlewares,
    ...adminPartnerApplicationsMiddlewares,
    ...adminPartnerShopsMiddlewares,
    ...adminQuotesMiddlewares,
    ...adminInvoicesMiddlewares,
    ...adminProductWholesaleMiddlewares,
    ...paymentHookMiddlewares,
  ],
})

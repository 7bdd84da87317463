import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  StoreAcceptQuote,
  StoreCreateQuote,
  StorePartnerInvoicesParams,
  StorePartnerPricesParams,
  StoreQuickOrder,
  StoreQuoteMessage,
  StoreRejectQuote,
  StoreReorder,
} from "./validators"

export const storePartnerMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/partner/*",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    matcher: "/store/partner/prices",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StorePartnerPricesParams, {})],
  },
  {
    matcher: "/store/partner/quick-order",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(StoreQuickOrder)],
  },
  {
    matcher: "/store/partner/orders/:id/reorder",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(StoreReorder)],
  },
  {
    matcher: "/store/partner/quotes",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(StoreCreateQuote)],
  },
  {
    matcher: "/store/partner/quotes/:id/messages",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(StoreQuoteMessage)],
  },
  {
    matcher: "/store/partner/quotes/:id/accept",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(StoreAcceptQuote)],
  },
  {
    matcher: "/store/partner/quotes/:id/reject",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(StoreRejectQuote)],
  },
  {
    matcher: "/store/partner/invoices",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StorePartnerInvoicesParams, {})],
  },
]

import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { AdminListQuotesParams, AdminQuoteMessage, AdminReplyQuote } from "./validators"

export const adminQuotesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/quotes",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListQuotesParams, {})],
  },
  {
    matcher: "/admin/quotes/:id/reply",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminReplyQuote)],
  },
  {
    matcher: "/admin/quotes/:id/messages",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminQuoteMessage)],
  },
]

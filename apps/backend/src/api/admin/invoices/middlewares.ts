import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { AdminListInvoicesParams, AdminMarkInvoicePaid } from "./validators"

export const adminInvoicesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/invoices",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListInvoicesParams, {})],
  },
  {
    matcher: "/admin/invoices/:id/mark-paid",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminMarkInvoicePaid)],
  },
]

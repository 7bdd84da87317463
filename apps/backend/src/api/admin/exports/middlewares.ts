import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminExportParams } from "./validators"

export const adminExportsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/exports/ledger.csv",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminExportParams, {})],
  },
  {
    matcher: "/admin/exports/sales.csv",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminExportParams, {})],
  },
]

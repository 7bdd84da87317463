import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { AdminCreateBatch, AdminListBatchesParams, AdminUpdateBatch } from "./validators"

export const adminBatchesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/batches",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListBatchesParams, {})],
  },
  {
    matcher: "/admin/batches",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateBatch)],
  },
  {
    matcher: "/admin/batches/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateBatch)],
  },
]

import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  AdminCreateBatch,
  AdminCreateInspection,
  AdminListBatchesParams,
  AdminRecallBatch,
  AdminUpdateBatch,
} from "./validators"

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
  {
    matcher: "/admin/batches/:id/inspections",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateInspection)],
  },
  {
    matcher: "/admin/batches/:id/recall",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminRecallBatch)],
  },
]

import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  AdminCreateCertificate,
  AdminListCertificatesParams,
  AdminUpdateCertificate,
} from "./validators"

export const adminCertificatesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/certificates",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListCertificatesParams, {})],
  },
  {
    matcher: "/admin/certificates",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateCertificate)],
  },
  {
    matcher: "/admin/certificates/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateCertificate)],
  },
]

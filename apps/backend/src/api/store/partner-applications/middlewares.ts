import {
  authenticate,
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { StorePartnerApplication } from "./validators"

export const storePartnerApplicationsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/partner-applications",
    methods: ["POST"],
    middlewares: [
      // Anyone may apply; a logged-in applicant's account is remembered.
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      validateAndTransformBody(StorePartnerApplication),
    ],
  },
]

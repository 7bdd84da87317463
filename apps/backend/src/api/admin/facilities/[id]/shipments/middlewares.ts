import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  AdminListShipmentsParams,
  AdminShipmentStep,
  AdminShipShipment,
} from "./validators"

const SHIPMENT = "/admin/facilities/:id/shipments/:shipment_id"

export const adminFacilityShipmentsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/facilities/:id/shipments",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListShipmentsParams, {})],
  },
  {
    matcher: `${SHIPMENT}/ship`,
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminShipShipment)],
  },
  {
    matcher: `${SHIPMENT}/ready-for-pickup`,
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminShipmentStep)],
  },
  {
    matcher: `${SHIPMENT}/deliver`,
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminShipmentStep)],
  },
]

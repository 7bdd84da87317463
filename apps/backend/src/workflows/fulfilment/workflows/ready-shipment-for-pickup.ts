import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createOrderFulfillmentWorkflow,
  releaseLockStep,
  sendNotificationsStep,
} from "@medusajs/medusa/core-flows"
import { shipmentNotifications } from "../../../lib/shipment-notifications"
import {
  planShipmentActionStep,
  type ShipmentActionInput,
} from "../steps/plan-shipment-action"

/**
 * Packs a pickup order at the facility's counter: a fulfilment that takes the
 * goods from the facility's stock, and an e-mail telling the buyer to come.
 */
export const readyShipmentForPickupWorkflow = createWorkflow(
  "ready-shipment-for-pickup",
  (input: ShipmentActionInput & { packed_by?: string }) => {
    acquireLockStep({ key: input.shipment_id, timeout: 15, ttl: 120 })
    const plan = planShipmentActionStep(
      transform({ input }, ({ input }) => ({
        facility_id: input.facility_id,
        shipment_id: input.shipment_id,
        action: "ready_for_pickup" as const,
      })),
    )
    const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
      input: transform({ plan, input }, ({ plan, input }) => ({
        order_id: plan.shipment.order_id,
        items: plan.items,
        location_id: plan.shipping.location_id,
        shipping_option_id: plan.shipment.shipping_option_id ?? undefined,
        created_by: input.packed_by,
      })),
    })
    sendNotificationsStep(
      transform({ plan, fulfillment }, ({ plan, fulfillment }) =>
        shipmentNotifications(plan.shipment, plan.shipping, {
          kind: "ready_for_pickup",
          fulfillment_id: fulfillment.id,
        }),
      ),
    )
    releaseLockStep({ key: input.shipment_id })
    return new WorkflowResponse(fulfillment)
  },
)

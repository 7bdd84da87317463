import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  releaseLockStep,
  sendNotificationsStep,
} from "@medusajs/medusa/core-flows"
import { shipmentNotifications } from "../../../lib/shipment-notifications"
import {
  planShipmentActionStep,
  type ShipmentActionInput,
} from "../steps/plan-shipment-action"

export type ShipFacilityShipmentInput = ShipmentActionInput & {
  courier: string
  tracking_number: string
  tracking_url?: string
  shipped_by?: string
}

/**
 * Packs a shipment from the facility's stock and hands it to the courier in
 * one go: a fulfilment at the facility's location, the shipment with its
 * tracking number, and the buyer's e-mail. Medusa's nested workflows undo the
 * fulfilment if the shipment fails.
 */
export const shipFacilityShipmentWorkflow = createWorkflow(
  "ship-facility-shipment",
  (input: ShipFacilityShipmentInput) => {
    // Held while shipping, so a double click ships once.
    acquireLockStep({ key: input.shipment_id, timeout: 15, ttl: 120 })
    const plan = planShipmentActionStep(
      transform({ input }, ({ input }) => ({
        facility_id: input.facility_id,
        shipment_id: input.shipment_id,
        action: "ship" as const,
      })),
    )
    const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
      input: transform({ plan, input }, ({ plan, input }) => ({
        order_id: plan.shipment.order_id,
        items: plan.items,
        location_id: plan.shipping.location_id,
        shipping_option_id: plan.shipment.shipping_option_id ?? undefined,
        created_by: input.shipped_by,
        // Also on the fulfilment itself: the store API shows a buyer their order's
        // fulfilments but not Medusa's labels.
        metadata: {
          courier: input.courier,
          tracking_number: input.tracking_number,
          tracking_url: input.tracking_url ?? null,
        },
      })),
    })
    createOrderShipmentWorkflow.runAsStep({
      input: transform({ plan, input, fulfillment }, ({ plan, input, fulfillment }) => ({
        order_id: plan.shipment.order_id,
        fulfillment_id: fulfillment.id,
        items: plan.items,
        created_by: input.shipped_by,
        labels: [
          {
            tracking_number: input.tracking_number,
            tracking_url: input.tracking_url ?? "",
            label_url: "",
          },
        ],
      })),
    })
    sendNotificationsStep(
      transform({ plan, input, fulfillment }, ({ plan, input, fulfillment }) =>
        shipmentNotifications(plan.shipment, plan.shipping, {
          kind: "shipped",
          fulfillment_id: fulfillment.id,
          courier: input.courier,
          tracking_number: input.tracking_number,
          tracking_url: input.tracking_url ?? null,
        }),
      ),
    )
    releaseLockStep({ key: input.shipment_id })
    return new WorkflowResponse(fulfillment)
  },
)

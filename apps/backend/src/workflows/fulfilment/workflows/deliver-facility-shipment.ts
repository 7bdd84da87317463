import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  markOrderFulfillmentAsDeliveredWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import {
  planShipmentActionStep,
  type ShipmentActionInput,
} from "../steps/plan-shipment-action"

/**
 * Closes a shipment: the buyer collected it at the facility (the handover),
 * or the courier delivered it.
 */
export const deliverFacilityShipmentWorkflow = createWorkflow(
  "deliver-facility-shipment",
  (input: ShipmentActionInput) => {
    acquireLockStep({ key: input.shipment_id, timeout: 15, ttl: 120 })
    const plan = planShipmentActionStep(
      transform({ input }, ({ input }) => ({
        facility_id: input.facility_id,
        shipment_id: input.shipment_id,
        action: "deliver" as const,
      })),
    )
    const delivered = markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
      input: transform({ plan }, ({ plan }) => ({
        orderId: plan.shipment.order_id,
        fulfillmentId: plan.shipment.fulfillment!.id,
      })),
    })
    releaseLockStep({ key: input.shipment_id })
    return new WorkflowResponse(delivered)
  },
)

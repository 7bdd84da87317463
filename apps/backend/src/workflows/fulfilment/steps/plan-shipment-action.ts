import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  retrieveFacilityShipment,
  type FacilityShipment,
  type FacilityShipping,
} from "../../../lib/facility-shipments"

export type ShipmentAction = "ship" | "ready_for_pickup" | "deliver"

export type ShipmentActionInput = {
  facility_id: string
  shipment_id: string
}

export type ShipmentPlan = {
  shipment: FacilityShipment
  shipping: FacilityShipping
  /** The lines and units the new fulfilment takes: all that is not packed yet. */
  items: { id: string; quantity: number }[]
}

const refuse = (message: string): never => {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

/** Which statuses each action starts from; anything else is refused with the reason. */
function checkAction(action: ShipmentAction, shipment: FacilityShipment) {
  const order = `Order #${shipment.display_id}`
  if (shipment.status === "awaiting_payment" && action !== "deliver") {
    refuse(`${order} is awaiting payment: pack it once the payment is in`)
  }
  switch (action) {
    case "ship":
      if (shipment.delivery === "pickup") {
        refuse(`${order} is collected at the facility: mark it ready for pickup instead`)
      }
      if (shipment.status !== "to_pack") refuse(`${order} has already been shipped`)
      return
    case "ready_for_pickup":
      if (shipment.delivery !== "pickup") {
        refuse(
          `${order} goes by ${shipment.shipping_method}: ship it with a tracking number`,
        )
      }
      if (shipment.status !== "to_pack") refuse(`${order} is already ready for pickup`)
      return
    case "deliver":
      if (shipment.status === "delivered") refuse(`${order} has already been delivered`)
      if (shipment.status !== "shipped" && shipment.status !== "ready_for_pickup") {
        refuse(
          shipment.delivery === "pickup"
            ? `${order} is not ready for pickup yet`
            : `${order} has not been shipped yet`,
        )
      }
      return
  }
}

/**
 * Reads the shipment as the facility sees it and checks the action fits its
 * status and delivery. Reads only, so there is nothing to compensate.
 */
export const planShipmentActionStep = createStep(
  "plan-shipment-action",
  async (input: ShipmentActionInput & { action: ShipmentAction }, { container }) => {
    const { shipment, shipping } = await retrieveFacilityShipment(
      container,
      input.facility_id,
      input.shipment_id,
    )
    checkAction(input.action, shipment)
    const plan: ShipmentPlan = {
      shipment,
      shipping,
      items: shipment.items
        .filter((item) => item.unfulfilled_quantity > 0)
        .map((item) => ({ id: item.id, quantity: item.unfulfilled_quantity })),
    }
    return new StepResponse(plan)
  },
)

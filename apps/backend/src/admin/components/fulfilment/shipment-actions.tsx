import { Button, Text, toast, usePrompt } from "@medusajs/ui"
import {
  orderNumber,
  packingSlipUrl,
  useShipmentStep,
  type FacilityShipment,
  type ShipmentStep,
} from "../../lib/fulfilment"
import { t } from "../../lib/i18n"

/** A step taken on a confirmation alone: its button, its question and its toast. */
type ConfirmedStep = {
  step: ShipmentStep
  label: string
  title: (order: string) => string
  description: string
  done: (order: string) => string
}

function confirmedStep(shipment: FacilityShipment): ConfirmedStep | null {
  const f = t.fulfilment
  if (shipment.status === "to_pack" && shipment.delivery === "pickup") {
    // Confirmed too: the buyer is e-mailed to come to the facility.
    return {
      step: "ready-for-pickup",
      label: f.markReady,
      title: f.readyTitle,
      description: f.readyDescription,
      done: f.readied,
    }
  }
  if (shipment.status === "ready_for_pickup") {
    return {
      step: "deliver",
      label: f.handOver,
      title: f.handOverTitle,
      description: f.handOverDescription,
      done: f.handedOver,
    }
  }
  if (shipment.status === "shipped") {
    return {
      step: "deliver",
      label: f.markDelivered,
      title: f.deliveredTitle,
      description: f.deliveredDescription,
      done: f.delivered,
    }
  }
  return null
}

type ShipmentActionsProps = {
  facilityId: string
  shipment: FacilityShipment
  /** Opens the form for a courier or freight shipment, which needs a tracking number. */
  onShip: (shipment: FacilityShipment) => void
}

/** The packing slip, and the one step the shipment's status allows next. */
export function ShipmentActions({ facilityId, shipment, onShip }: ShipmentActionsProps) {
  const advance = useShipmentStep(facilityId)
  const prompt = usePrompt()
  const order = orderNumber(shipment)
  const next = confirmedStep(shipment)

  const confirm = async ({ step, label, title, description, done }: ConfirmedStep) => {
    const confirmed = await prompt({
      title: title(order),
      description,
      confirmText: label,
      cancelText: t.common.cancel,
      variant: "confirmation",
    })
    if (!confirmed) return
    advance.mutate(
      { id: shipment.id, step },
      {
        onSuccess: () => toast.success(done(order)),
        onError: (error) => toast.error(error.message),
      },
    )
  }

  return (
    <div className="flex items-center justify-end gap-x-3">
      <a
        href={packingSlipUrl(facilityId, shipment.id)}
        target="_blank"
        rel="noopener noreferrer"
        className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small whitespace-nowrap"
      >
        {t.fulfilment.packingSlip}
      </a>
      {shipment.status === "awaiting_payment" && (
        <Text size="small" className="text-ui-fg-muted whitespace-nowrap">
          {t.fulfilment.statuses.awaiting_payment}
        </Text>
      )}
      {shipment.status === "to_pack" && shipment.delivery !== "pickup" && (
        <Button size="small" variant="secondary" onClick={() => onShip(shipment)}>
          {t.fulfilment.ship}
        </Button>
      )}
      {next && (
        <Button
          size="small"
          variant="secondary"
          className="whitespace-nowrap"
          isLoading={advance.isPending}
          onClick={() => confirm(next)}
        >
          {next.label}
        </Button>
      )}
    </div>
  )
}

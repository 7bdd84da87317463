import { Input } from "@medusajs/ui"
import {
  COURIERS,
  OTHER_COURIER,
  orderNumber,
  shipBody,
  shipFormErrors,
  useShipShipment,
  type FacilityShipment,
  type ShipBody,
  type ShipForm,
} from "../../lib/fulfilment"
import { t } from "../../lib/i18n"
import { useDrawerForm } from "../../lib/use-drawer-form"
import { FormDrawer } from "../provenance/form-drawer"
import { FormField } from "../provenance/form-field"
import { OptionSelect } from "../provenance/option-select"
import { DetailList } from "../wholesale/detail-list"

const COURIER_OPTIONS = [
  ...COURIERS.map((courier) => ({ value: courier, label: courier })),
  { value: OTHER_COURIER, label: t.fulfilment.otherCourier },
]

const EMPTY_FORM: ShipForm = {
  courier: "",
  otherCourier: "",
  trackingNumber: "",
  trackingUrl: "",
}

type ShipDrawerProps = {
  facilityId: string
  shipment: FacilityShipment
  onClose: () => void
}

/**
 * Hands a courier or freight shipment over with its tracking number, which the
 * server e-mails to the buyer. What goes in the parcel is repeated here so the
 * parcel can be checked against it before it leaves.
 */
export function ShipDrawer({ facilityId, shipment, onClose }: ShipDrawerProps) {
  const ship = useShipShipment(facilityId)
  const order = orderNumber(shipment)
  const { values, set, errors, submit } = useDrawerForm({
    initial: () => EMPTY_FORM,
    validate: shipFormErrors,
    toBody: shipBody,
    save: {
      mutate: (body: ShipBody, options) =>
        ship.mutate({ id: shipment.id, body }, options),
    },
    onClose,
    successMessage: () => t.fulfilment.shipped(order),
  })
  const { recipient } = shipment

  return (
    <FormDrawer
      title={t.fulfilment.shipTitle(order)}
      description={t.fulfilment.shipDescription(shipment.shipping_method, recipient.name)}
      onClose={onClose}
      onSubmit={submit}
      isSubmitting={ship.isPending}
      serverError={ship.error?.message}
      submitLabel={t.fulfilment.markShipped}
    >
      <DetailList
        details={[
          { label: t.fulfilment.recipient, value: recipient.name },
          { label: t.fulfilment.phone, value: recipient.phone },
          { label: t.fulfilment.address, value: recipient.address_lines.join("\n") },
          {
            label: t.fulfilment.items,
            value: shipment.items
              .map((item) =>
                [`${item.quantity} × ${item.title}`, item.variant_title, item.sku]
                  .filter(Boolean)
                  .join(" · "),
              )
              .join("\n"),
          },
        ]}
      />
      <FormField
        id="fulfilment-courier"
        label={t.fulfilment.courier}
        error={errors.courier}
      >
        <OptionSelect
          id="fulfilment-courier"
          value={values.courier}
          onChange={set("courier")}
          options={COURIER_OPTIONS}
        />
      </FormField>
      {values.courier === OTHER_COURIER && (
        <FormField
          id="fulfilment-courier-name"
          label={t.fulfilment.courierName}
          error={errors.otherCourier}
        >
          <Input
            id="fulfilment-courier-name"
            value={values.otherCourier}
            onChange={(event) => set("otherCourier")(event.target.value)}
            aria-invalid={Boolean(errors.otherCourier)}
          />
        </FormField>
      )}
      <FormField
        id="fulfilment-tracking-number"
        label={t.fulfilment.trackingNumber}
        hint={t.fulfilment.trackingNumberHint}
        error={errors.trackingNumber}
      >
        <Input
          id="fulfilment-tracking-number"
          autoComplete="off"
          spellCheck={false}
          className="font-mono"
          value={values.trackingNumber}
          onChange={(event) => set("trackingNumber")(event.target.value)}
          aria-invalid={Boolean(errors.trackingNumber)}
        />
      </FormField>
      <FormField
        id="fulfilment-tracking-url"
        label={t.fulfilment.trackingUrl}
        hint={t.fulfilment.trackingUrlHint}
        error={errors.trackingUrl}
        optional
      >
        <Input
          id="fulfilment-tracking-url"
          type="url"
          autoComplete="off"
          value={values.trackingUrl}
          onChange={(event) => set("trackingUrl")(event.target.value)}
          aria-invalid={Boolean(errors.trackingUrl)}
        />
      </FormField>
    </FormDrawer>
  )
}

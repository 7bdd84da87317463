import { changedFields } from "../../lib/changes"
import { t } from "../../lib/i18n"
import {
  RATE_LIMITS,
  useShippingWrite,
  type ShippingRate,
} from "../../lib/shipping-rates"
import { useDrawerForm } from "../../lib/use-drawer-form"
import type { FieldErrors } from "../../lib/validate"
import { FormDrawer } from "../provenance/form-drawer"
import { WholeNumberInput, wholeNumberIn } from "./whole-number-input"

const PRICE_FIELDS = ["courier_first_kg", "courier_next_kg", "freight_per_kg"] as const
const DAY_FIELDS = ["eta_min_days", "eta_max_days"] as const

type Field = (typeof PRICE_FIELDS)[number] | (typeof DAY_FIELDS)[number]

type Values = Record<Field, string>

type Errors = FieldErrors<Field>

const price = (value: string) => wholeNumberIn(value, 0, RATE_LIMITS.maxRupiah)
const days = (value: string) => wholeNumberIn(value, 0, RATE_LIMITS.maxDays)

function initialValues(rate: ShippingRate): Values {
  return {
    courier_first_kg: String(rate.courier_first_kg),
    courier_next_kg: String(rate.courier_next_kg),
    freight_per_kg: String(rate.freight_per_kg),
    eta_min_days: String(rate.eta_min_days),
    eta_max_days: String(rate.eta_max_days),
  }
}

function validate(values: Values): Errors {
  const errors: Errors = {}
  for (const field of PRICE_FIELDS) {
    if (price(values[field]) === null) errors[field] = t.shipping.rupiahRange
  }
  for (const field of DAY_FIELDS) {
    if (days(values[field]) === null) errors[field] = t.shipping.daysRange
  }
  const min = days(values.eta_min_days)
  const max = days(values.eta_max_days)
  if (min !== null && max !== null && min > max) {
    errors.eta_max_days = t.shipping.etaReversed
  }
  return errors
}

function numbers(values: Values) {
  return {
    courier_first_kg: price(values.courier_first_kg) ?? undefined,
    courier_next_kg: price(values.courier_next_kg) ?? undefined,
    freight_per_kg: price(values.freight_per_kg) ?? undefined,
    eta_min_days: days(values.eta_min_days) ?? undefined,
    eta_max_days: days(values.eta_max_days) ?? undefined,
  }
}

type Body = Partial<ReturnType<typeof numbers>>

type RateFormProps = { rate: ShippingRate; onClose: () => void }

/** Edits the prices and delivery days of one origin-destination row. */
export function RateForm({ rate, onClose }: RateFormProps) {
  const save = useShippingWrite<Body, { shipping_rate: ShippingRate }>(
    `/admin/shipping-rates/${rate.id}`,
  )
  const { values, set, errors, submit } = useDrawerForm({
    initial: () => initialValues(rate),
    validate,
    toBody: (values): Body =>
      changedFields(numbers(values), numbers(initialValues(rate))),
    save,
    onClose,
  })

  const input = (field: Field, label: string) => (
    <WholeNumberInput
      id={`shipping-rate-${field}`}
      label={label}
      value={values[field]}
      onChange={set(field)}
      error={errors[field]}
    />
  )

  return (
    <FormDrawer
      title={t.shipping.rateFormTitle(rate.origin_province, rate.destination_province)}
      description={t.shipping.rateFormDescription}
      onClose={onClose}
      onSubmit={submit}
      isSubmitting={save.isPending}
      serverError={save.error?.message}
    >
      {input("courier_first_kg", t.shipping.courierFirstKg)}
      {input("courier_next_kg", t.shipping.courierNextKg)}
      {input("freight_per_kg", t.shipping.freightPerKg)}
      <div className="grid grid-cols-2 gap-4">
        {input("eta_min_days", t.shipping.etaMin)}
        {input("eta_max_days", t.shipping.etaMax)}
      </div>
    </FormDrawer>
  )
}

import { changedFields } from "../../lib/changes"
import { t } from "../../lib/i18n"
import {
  POLICY_LIMITS,
  useShippingWrite,
  type ShippingPolicy,
} from "../../lib/shipping-rates"
import { useDrawerForm } from "../../lib/use-drawer-form"
import type { FieldErrors } from "../../lib/validate"
import { FormDrawer } from "../provenance/form-drawer"
import { WholeNumberInput, wholeNumberIn } from "./whole-number-input"

type Field = "free_shipping_threshold" | "heavy_item_weight_grams" | "freight_minimum_kg"

type Values = Record<Field, string>

type Errors = FieldErrors<Field>

const RULES: Record<Field, { min: number; max: number; message: () => string }> = {
  free_shipping_threshold: {
    min: 0,
    max: POLICY_LIMITS.maxThreshold,
    message: () => t.shipping.thresholdRange,
  },
  heavy_item_weight_grams: {
    min: POLICY_LIMITS.minHeavyGrams,
    max: POLICY_LIMITS.maxHeavyGrams,
    message: () => t.shipping.heavyRange,
  },
  freight_minimum_kg: {
    min: POLICY_LIMITS.minFreightKg,
    max: POLICY_LIMITS.maxFreightKg,
    message: () => t.shipping.freightRange,
  },
}

const FIELDS = Object.keys(RULES) as Field[]

const parse = (field: Field, value: string) =>
  wholeNumberIn(value, RULES[field].min, RULES[field].max)

function initialValues(policy: ShippingPolicy): Values {
  return {
    free_shipping_threshold: String(policy.free_shipping_threshold),
    heavy_item_weight_grams: String(policy.heavy_item_weight_grams),
    freight_minimum_kg: String(policy.freight_minimum_kg),
  }
}

function validate(values: Values): Errors {
  const errors: Errors = {}
  for (const field of FIELDS) {
    if (parse(field, values[field]) === null) errors[field] = RULES[field].message()
  }
  return errors
}

const numbers = (values: Values) =>
  Object.fromEntries(
    FIELDS.map((field) => [field, parse(field, values[field]) ?? undefined]),
  ) as Partial<Record<Field, number>>

type PolicyFormProps = { policy: ShippingPolicy; onClose: () => void }

export function PolicyForm({ policy, onClose }: PolicyFormProps) {
  const save = useShippingWrite<Partial<Record<Field, number>>, unknown>(
    "/admin/shipping-policy",
  )
  const { values, set, errors, submit } = useDrawerForm({
    initial: () => initialValues(policy),
    validate,
    toBody: (values) => changedFields(numbers(values), numbers(initialValues(policy))),
    save,
    onClose,
  })

  return (
    <FormDrawer
      title={t.shipping.policyFormTitle}
      description={t.shipping.policyFormDescription}
      onClose={onClose}
      onSubmit={submit}
      isSubmitting={save.isPending}
      serverError={save.error?.message}
    >
      <WholeNumberInput
        id="shipping-policy-threshold"
        label={t.shipping.freeShippingThreshold}
        hint={t.shipping.freeShippingThresholdHint}
        value={values.free_shipping_threshold}
        onChange={set("free_shipping_threshold")}
        error={errors.free_shipping_threshold}
      />
      <WholeNumberInput
        id="shipping-policy-heavy"
        label={t.shipping.heavyItemWeight}
        hint={t.shipping.heavyItemWeightHint}
        value={values.heavy_item_weight_grams}
        onChange={set("heavy_item_weight_grams")}
        error={errors.heavy_item_weight_grams}
      />
      <WholeNumberInput
        id="shipping-policy-freight-minimum"
        label={t.shipping.freightMinimum}
        hint={t.shipping.freightMinimumHint}
        value={values.freight_minimum_kg}
        onChange={set("freight_minimum_kg")}
        error={errors.freight_minimum_kg}
      />
    </FormDrawer>
  )
}

import { Input, Text, Textarea } from "@medusajs/ui"
import { changedFields } from "../../lib/changes"
import { t } from "../../lib/i18n"
import { useProvenanceWrite, useStockLocations } from "../../lib/queries"
import type { Facility } from "../../lib/types"
import { useDrawerForm } from "../../lib/use-drawer-form"
import {
  bpsToPercentInput,
  isBlank,
  isHandle,
  percentToBps,
  type FieldErrors,
} from "../../lib/validate"
import { FormDrawer } from "./form-drawer"
import { FormField } from "./form-field"
import { OptionSelect } from "./option-select"

type Values = {
  handle: string
  name: string
  city: string
  province: string
  story: string
  makers: string
  capital: string
  state: string
  stock_location_id: string
}

type Errors = FieldErrors<keyof Values | "shares">

/** The shares observed in Indonesian facilities: 50% makers, 35% capital, 15% PNBP. */
const DEFAULT_SHARES_BPS = { makers: 5000, capital: 3500, state: 1500 }

function initialValues(facility?: Facility): Values {
  return {
    handle: facility?.handle ?? "",
    name: facility?.name ?? "",
    city: facility?.city ?? "",
    province: facility?.province ?? "",
    story: facility?.story ?? "",
    makers: bpsToPercentInput(facility?.makers_share_bps ?? DEFAULT_SHARES_BPS.makers),
    capital: bpsToPercentInput(facility?.capital_share_bps ?? DEFAULT_SHARES_BPS.capital),
    state: bpsToPercentInput(
      facility?.state_revenue_share_bps ?? DEFAULT_SHARES_BPS.state,
    ),
    stock_location_id: facility?.stock_location?.id ?? "",
  }
}

const PERCENT_FIELDS = ["makers", "capital", "state"] as const

function validate(values: Values, isNew: boolean): Errors {
  const errors: Errors = {}
  for (const key of ["name", "city", "province"] as const) {
    if (isBlank(values[key])) errors[key] = t.common.required
  }
  if (isNew) {
    if (isBlank(values.handle)) errors.handle = t.common.required
    else if (!isHandle(values.handle)) errors.handle = t.common.invalidHandle
    if (!values.stock_location_id) errors.stock_location_id = t.common.required
  }
  const shares = PERCENT_FIELDS.map((key) => percentToBps(values[key]))
  PERCENT_FIELDS.forEach((key, index) => {
    if (shares[index] === null) errors[key] = t.facility.invalidPercent
  })
  if (shares.every((bps) => bps !== null)) {
    const sum = shares.reduce<number>((total, bps) => total + (bps ?? 0), 0)
    if (sum !== 10_000) errors.shares = t.facility.sharesSum(bpsToPercentInput(sum))
  }
  return errors
}

const SHARE_KEYS = [
  "makers_share_bps",
  "capital_share_bps",
  "state_revenue_share_bps",
] as const

/** The fields that stay editable after creation, as the API takes them. */
function editableFields(values: Values) {
  return {
    name: values.name.trim(),
    city: values.city.trim(),
    province: values.province.trim(),
    story: values.story.trim(),
    makers_share_bps: percentToBps(values.makers) ?? undefined,
    capital_share_bps: percentToBps(values.capital) ?? undefined,
    state_revenue_share_bps: percentToBps(values.state) ?? undefined,
  }
}

type Body = Partial<ReturnType<typeof editableFields>> & {
  handle?: string
  stock_location_id?: string
}

function toBody(values: Values, facility?: Facility): Body {
  const fields = editableFields(values)
  if (!facility) {
    return {
      ...fields,
      story: fields.story || undefined,
      handle: values.handle.trim(),
      stock_location_id: values.stock_location_id,
    }
  }
  const body: Body = changedFields(fields, editableFields(initialValues(facility)))
  // The server checks that the shares sum to 100%, so they travel together.
  if (SHARE_KEYS.some((key) => key in body)) {
    for (const key of SHARE_KEYS) body[key] = fields[key]
  }
  return body
}

type FacilityFormProps = {
  /** The facility to edit; creates a new one when absent. */
  facility?: Facility
  onClose: () => void
}

export function FacilityForm({ facility, onClose }: FacilityFormProps) {
  const isNew = !facility
  const stockLocations = useStockLocations()
  const save = useProvenanceWrite<Body, { facility: Facility }>(
    isNew ? "/admin/facilities" : `/admin/facilities/${facility.id}`,
  )

  const { values, set, errors, submit } = useDrawerForm({
    initial: () => initialValues(facility),
    validate: (values) => validate(values, isNew),
    toBody: (values) => toBody(values, facility),
    save,
    onClose,
  })

  const textInput = (key: "handle" | "name" | "city" | "province") => (
    <Input
      id={`facility-${key}`}
      value={values[key]}
      onChange={(event) => set(key)(event.target.value)}
      aria-invalid={Boolean(errors[key])}
    />
  )

  return (
    <FormDrawer
      title={isNew ? t.facility.createTitle : t.facility.editTitle}
      description={t.facility.formDescription}
      onClose={onClose}
      onSubmit={submit}
      isSubmitting={save.isPending}
      serverError={save.error?.message}
    >
      {isNew && (
        <FormField
          id="facility-handle"
          label={t.facility.handle}
          hint={t.facility.handleHint}
          error={errors.handle}
        >
          {textInput("handle")}
        </FormField>
      )}
      <FormField id="facility-name" label={t.facility.name} error={errors.name}>
        {textInput("name")}
      </FormField>
      <div className="grid grid-cols-2 gap-4">
        <FormField id="facility-city" label={t.facility.city} error={errors.city}>
          {textInput("city")}
        </FormField>
        <FormField
          id="facility-province"
          label={t.facility.province}
          error={errors.province}
        >
          {textInput("province")}
        </FormField>
      </div>
      <FormField
        id="facility-story"
        label={t.facility.story}
        hint={t.facility.storyHint}
        optional
      >
        <Textarea
          id="facility-story"
          rows={4}
          value={values.story}
          onChange={(event) => set("story")(event.target.value)}
        />
      </FormField>
      <fieldset className="flex flex-col gap-y-2">
        <Text size="small" weight="plus" asChild>
          <legend>{t.facility.shares}</legend>
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          {t.facility.sharesHint}
        </Text>
        <div className="grid grid-cols-3 gap-4">
          <ShareInput
            id="facility-makers"
            label={t.facility.makersShare}
            value={values.makers}
            onChange={set("makers")}
            error={errors.makers}
          />
          <ShareInput
            id="facility-capital"
            label={t.facility.capitalShare}
            value={values.capital}
            onChange={set("capital")}
            error={errors.capital}
          />
          <ShareInput
            id="facility-state"
            label={t.facility.stateShare}
            value={values.state}
            onChange={set("state")}
            error={errors.state}
          />
        </div>
        {errors.shares && (
          <Text size="small" className="text-ui-fg-error">
            {errors.shares}
          </Text>
        )}
      </fieldset>
      {isNew && (
        <FormField
          id="facility-stock-location"
          label={t.facility.stockLocation}
          hint={t.facility.stockLocationHint}
          error={errors.stock_location_id ?? stockLocations.error?.message}
        >
          <OptionSelect
            id="facility-stock-location"
            value={values.stock_location_id}
            onChange={set("stock_location_id")}
            options={(stockLocations.data?.stock_locations ?? []).map((location) => ({
              value: location.id,
              label: location.name,
            }))}
          />
        </FormField>
      )}
    </FormDrawer>
  )
}

type ShareInputProps = {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  error?: string
}

function ShareInput({ id, label, value, onChange, error }: ShareInputProps) {
  return (
    <FormField id={id} label={label} error={error}>
      <Input
        id={id}
        inputMode="decimal"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={Boolean(error)}
      />
    </FormField>
  )
}

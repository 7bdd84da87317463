import { Input, Textarea } from "@medusajs/ui"
import { changedFields } from "../../lib/changes"
import { t } from "../../lib/i18n"
import { useFacilityOptions, useProvenanceWrite } from "../../lib/queries"
import type { Workshop } from "../../lib/types"
import { useDrawerForm } from "../../lib/use-drawer-form"
import { isBlank, isHandle, parseWholeNumber, type FieldErrors } from "../../lib/validate"
import { FormDrawer } from "./form-drawer"
import { FormField } from "./form-field"
import { OptionSelect } from "./option-select"

type Values = {
  handle: string
  name: string
  craft_type: string
  story: string
  photo_urls: string
  maker_count: string
  training_hours: string
  weekly_capacity: string
  facility_id: string
}

type Errors = FieldErrors<keyof Values>

function initialValues(workshop?: Workshop): Values {
  return {
    handle: workshop?.handle ?? "",
    name: workshop?.name ?? "",
    craft_type: workshop?.craft_type ?? "",
    story: workshop?.story ?? "",
    photo_urls: (workshop?.photo_urls ?? []).join("\n"),
    maker_count: String(workshop?.maker_count ?? 0),
    training_hours: String(workshop?.training_hours ?? 0),
    weekly_capacity:
      workshop?.weekly_capacity === null || workshop?.weekly_capacity === undefined
        ? ""
        : String(workshop.weekly_capacity),
    facility_id: workshop?.facility.id ?? "",
  }
}

/** Blank means the workshop states no capacity. */
function weeklyCapacity(value: string): number | null | undefined {
  if (isBlank(value)) return null
  const capacity = parseWholeNumber(value)
  return capacity !== null && capacity >= 1 ? capacity : undefined
}

const photoUrls = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)

function isWebUrl(value: string): boolean {
  try {
    return ["http:", "https:"].includes(new URL(value).protocol)
  } catch {
    return false
  }
}

function validate(values: Values, isNew: boolean): Errors {
  const errors: Errors = {}
  if (isBlank(values.name)) errors.name = t.common.required
  if (isBlank(values.craft_type)) errors.craft_type = t.common.required
  if (parseWholeNumber(values.maker_count) === null)
    errors.maker_count = t.common.wholeNumber
  if (parseWholeNumber(values.training_hours) === null) {
    errors.training_hours = t.common.wholeNumber
  }
  if (weeklyCapacity(values.weekly_capacity) === undefined) {
    errors.weekly_capacity = t.common.positiveNumber
  }
  const badUrl = photoUrls(values.photo_urls).find((url) => !isWebUrl(url))
  if (badUrl) errors.photo_urls = t.workshop.invalidUrl(badUrl)
  if (isNew) {
    if (isBlank(values.handle)) errors.handle = t.common.required
    else if (!isHandle(values.handle)) errors.handle = t.common.invalidHandle
    if (!values.facility_id) errors.facility_id = t.common.required
  }
  return errors
}

/** The fields that stay editable after creation, as the API takes them. */
function editableFields(values: Values) {
  return {
    name: values.name.trim(),
    craft_type: values.craft_type.trim(),
    story: values.story.trim(),
    photo_urls: photoUrls(values.photo_urls),
    maker_count: parseWholeNumber(values.maker_count) ?? undefined,
    training_hours: parseWholeNumber(values.training_hours) ?? undefined,
    weekly_capacity: weeklyCapacity(values.weekly_capacity),
  }
}

type Body = Partial<ReturnType<typeof editableFields>> & {
  handle?: string
  facility_id?: string
}

function toBody(values: Values, workshop?: Workshop): Body {
  const fields = editableFields(values)
  if (!workshop) {
    return {
      ...fields,
      story: fields.story || undefined,
      handle: values.handle.trim(),
      facility_id: values.facility_id,
    }
  }
  return changedFields(fields, editableFields(initialValues(workshop)))
}

type WorkshopFormProps = {
  /** The workshop to edit; creates a new one when absent. */
  workshop?: Workshop
  onClose: () => void
}

export function WorkshopForm({ workshop, onClose }: WorkshopFormProps) {
  const isNew = !workshop
  const facilities = useFacilityOptions()
  const save = useProvenanceWrite<Body, { workshop: Workshop }>(
    isNew ? "/admin/workshops" : `/admin/workshops/${workshop.id}`,
  )

  const { values, set, errors, submit } = useDrawerForm({
    initial: () => initialValues(workshop),
    validate: (values) => validate(values, isNew),
    toBody: (values) => toBody(values, workshop),
    save,
    onClose,
  })

  const input = (key: keyof Values, props: { inputMode?: "numeric" } = {}) => (
    <Input
      id={`workshop-${key}`}
      value={values[key]}
      onChange={(event) => set(key)(event.target.value)}
      aria-invalid={Boolean(errors[key])}
      {...props}
    />
  )

  return (
    <FormDrawer
      title={isNew ? t.workshop.createTitle : t.workshop.editTitle}
      description={t.workshop.formDescription}
      onClose={onClose}
      onSubmit={submit}
      isSubmitting={save.isPending}
      serverError={save.error?.message}
    >
      {isNew && (
        <FormField
          id="workshop-facility_id"
          label={t.workshop.facility}
          hint={t.workshop.facilityHint}
          error={errors.facility_id ?? facilities.error?.message}
        >
          <OptionSelect
            id="workshop-facility_id"
            value={values.facility_id}
            onChange={set("facility_id")}
            options={(facilities.data?.facilities ?? []).map((facility) => ({
              value: facility.id,
              label: facility.name,
            }))}
          />
        </FormField>
      )}
      {isNew && (
        <FormField
          id="workshop-handle"
          label={t.workshop.handle}
          hint={t.workshop.handleHint}
          error={errors.handle}
        >
          {input("handle")}
        </FormField>
      )}
      <FormField id="workshop-name" label={t.workshop.name} error={errors.name}>
        {input("name")}
      </FormField>
      <FormField
        id="workshop-craft_type"
        label={t.workshop.craftType}
        hint={t.workshop.craftTypeHint}
        error={errors.craft_type}
      >
        {input("craft_type")}
      </FormField>
      <FormField
        id="workshop-story"
        label={t.workshop.story}
        hint={t.workshop.storyHint}
        optional
      >
        <Textarea
          id="workshop-story"
          rows={4}
          value={values.story}
          onChange={(event) => set("story")(event.target.value)}
        />
      </FormField>
      <FormField
        id="workshop-photo_urls"
        label={t.workshop.photoUrls}
        hint={t.workshop.photoUrlsHint}
        error={errors.photo_urls}
        optional
      >
        <Textarea
          id="workshop-photo_urls"
          rows={3}
          value={values.photo_urls}
          onChange={(event) => set("photo_urls")(event.target.value)}
          aria-invalid={Boolean(errors.photo_urls)}
        />
      </FormField>
      <div className="grid grid-cols-2 gap-4">
        <FormField
          id="workshop-maker_count"
          label={t.workshop.makerCount}
          hint={t.workshop.makerCountHint}
          error={errors.maker_count}
        >
          {input("maker_count", { inputMode: "numeric" })}
        </FormField>
        <FormField
          id="workshop-training_hours"
          label={t.workshop.trainingHours}
          hint={t.workshop.trainingHoursHint}
          error={errors.training_hours}
        >
          {input("training_hours", { inputMode: "numeric" })}
        </FormField>
      </div>
      <FormField
        id="workshop-weekly_capacity"
        label={t.workshop.weeklyCapacity}
        hint={t.workshop.weeklyCapacityHint}
        error={errors.weekly_capacity}
        optional
      >
        {input("weekly_capacity", { inputMode: "numeric" })}
      </FormField>
    </FormDrawer>
  )
}

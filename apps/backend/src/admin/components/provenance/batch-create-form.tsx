import { Alert, Input } from "@medusajs/ui"
import { todayInput } from "../../lib/format"
import { t } from "../../lib/i18n"
import { useProvenanceWrite, useWorkshopOptions } from "../../lib/queries"
import type { Batch, ProductProvenance, VariantOption } from "../../lib/types"
import { useDrawerForm } from "../../lib/use-drawer-form"
import { parseWholeNumber, type FieldErrors } from "../../lib/validate"
import { FormDrawer } from "./form-drawer"
import { FormField } from "./form-field"
import { OptionSelect } from "./option-select"
import { VariantPicker, variantLabel } from "./variant-picker"

type Values = {
  workshop_id: string
  variant: VariantOption | null
  quantity: string
  produced_at: string
  best_before: string
  expires_at: string
}

type Errors = FieldErrors<keyof Values>

function validate(values: Values): Errors {
  const errors: Errors = {}
  if (!values.workshop_id) errors.workshop_id = t.common.required
  if (!values.variant) errors.variant = t.common.required
  const quantity = parseWholeNumber(values.quantity)
  if (quantity === null || quantity <= 0) errors.quantity = t.common.positiveNumber
  if (!values.produced_at) errors.produced_at = t.common.required
  // Dates are YYYY-MM-DD, so comparing the strings compares the days.
  for (const key of ["best_before", "expires_at"] as const) {
    if (values[key] && values.produced_at && values[key] < values.produced_at) {
      errors[key] = t.batch.beforeProduced
    }
  }
  return errors
}

function toBody(values: Values) {
  return {
    workshop_id: values.workshop_id,
    variant_id: values.variant?.id ?? "",
    quantity: parseWholeNumber(values.quantity) ?? 0,
    produced_at: values.produced_at,
    best_before: values.best_before || undefined,
    expires_at: values.expires_at || undefined,
  }
}

type BatchCreateFormProps = {
  /**
   * On a product page the workshop is the product's own and the variants are
   * its variants; elsewhere staff pick both.
   */
  product?: ProductProvenance
  onClose: () => void
}

export function BatchCreateForm({ product, onClose }: BatchCreateFormProps) {
  const save = useProvenanceWrite<ReturnType<typeof toBody>, { batch: Batch }>(
    "/admin/batches",
  )
  const { values, set, errors, submit } = useDrawerForm({
    initial: (): Values => ({
      workshop_id: product?.workshop?.id ?? "",
      variant: product?.variants.length === 1 ? product.variants[0] : null,
      quantity: "",
      produced_at: todayInput(),
      best_before: "",
      expires_at: "",
    }),
    validate,
    toBody,
    save,
    onClose,
    successMessage: ({ batch }) => `${t.common.saved}: ${batch.code}`,
  })

  const dateInput = (key: "produced_at" | "best_before" | "expires_at") => (
    <Input
      id={`batch-${key}`}
      type="date"
      value={values[key]}
      onChange={(event) => set(key)(event.target.value)}
      aria-invalid={Boolean(errors[key])}
    />
  )

  return (
    <FormDrawer
      title={t.batch.createTitle}
      description={t.batch.formDescription}
      onClose={onClose}
      onSubmit={submit}
      isSubmitting={save.isPending}
      serverError={save.error?.message}
    >
      <Alert variant="info">{t.batch.stockNotice}</Alert>
      {product ? (
        <FixedWorkshopAndVariant
          product={product}
          values={values}
          set={set}
          errors={errors}
        />
      ) : (
        <ChosenWorkshopAndVariant values={values} set={set} errors={errors} />
      )}
      <FormField
        id="batch-quantity"
        label={t.batch.quantity}
        hint={t.batch.quantityHint}
        error={errors.quantity}
      >
        <Input
          id="batch-quantity"
          inputMode="numeric"
          value={values.quantity}
          onChange={(event) => set("quantity")(event.target.value)}
          aria-invalid={Boolean(errors.quantity)}
        />
      </FormField>
      <FormField
        id="batch-produced_at"
        label={t.batch.producedAt}
        error={errors.produced_at}
      >
        {dateInput("produced_at")}
      </FormField>
      <div className="grid grid-cols-2 gap-4">
        <FormField
          id="batch-best_before"
          label={t.batch.bestBefore}
          error={errors.best_before}
          optional
        >
          {dateInput("best_before")}
        </FormField>
        <FormField
          id="batch-expires_at"
          label={t.batch.expiresAt}
          hint={t.batch.expiresAtHint}
          error={errors.expires_at}
          optional
        >
          {dateInput("expires_at")}
        </FormField>
      </div>
    </FormDrawer>
  )
}

type PartProps = {
  values: Values
  set: <K extends keyof Values>(key: K) => (value: Values[K]) => void
  errors: Errors
}

function FixedWorkshopAndVariant({
  product,
  values,
  set,
  errors,
}: PartProps & { product: ProductProvenance }) {
  return (
    <>
      <FormField id="batch-workshop" label={t.batch.workshop}>
        <Input id="batch-workshop" value={product.workshop?.name ?? ""} disabled />
      </FormField>
      <FormField id="batch-variant" label={t.batch.variant} error={errors.variant}>
        <OptionSelect
          id="batch-variant"
          value={values.variant?.id ?? ""}
          onChange={(id) =>
            set("variant")(product.variants.find((v) => v.id === id) ?? null)
          }
          options={product.variants.map((variant) => ({
            value: variant.id,
            label: variantLabel(variant),
          }))}
        />
      </FormField>
    </>
  )
}

function ChosenWorkshopAndVariant({ values, set, errors }: PartProps) {
  const workshops = useWorkshopOptions()
  return (
    <>
      <FormField
        id="batch-workshop"
        label={t.batch.workshop}
        error={errors.workshop_id ?? workshops.error?.message}
      >
        <OptionSelect
          id="batch-workshop"
          value={values.workshop_id}
          onChange={set("workshop_id")}
          options={(workshops.data?.workshops ?? []).map((workshop) => ({
            value: workshop.id,
            label: `${workshop.name} — ${workshop.facility.name}`,
          }))}
        />
      </FormField>
      <FormField
        id="batch-variant"
        label={t.batch.variant}
        hint={t.batch.variantSearchHint}
        error={errors.variant}
      >
        <VariantPicker
          id="batch-variant"
          value={values.variant}
          onChange={set("variant")}
        />
      </FormField>
    </>
  )
}

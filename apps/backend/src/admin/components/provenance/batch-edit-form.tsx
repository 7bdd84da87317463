import { Input, Text } from "@medusajs/ui"
import { formatCount, formatDate, toDateInput } from "../../lib/format"
import { t } from "../../lib/i18n"
import { useProvenanceWrite } from "../../lib/queries"
import {
  EDITABLE_BATCH_STATUSES,
  isEditableBatchStatus,
  isFinalBatchStatus,
  type Batch,
  type EditableBatchStatus,
} from "../../lib/types"
import { useDrawerForm } from "../../lib/use-drawer-form"
import type { FieldErrors } from "../../lib/validate"
import { FormDrawer } from "./form-drawer"
import { FormField } from "./form-field"
import { OptionSelect } from "./option-select"

type Values = { status: Batch["status"]; best_before: string; expires_at: string }

type Body = {
  status?: EditableBatchStatus
  best_before?: string | null
  expires_at?: string | null
}

function validate(values: Values, producedAt: string): FieldErrors<keyof Values> {
  const errors: FieldErrors<keyof Values> = {}
  for (const key of ["best_before", "expires_at"] as const) {
    if (values[key] && values[key] < producedAt) errors[key] = t.batch.beforeProduced
  }
  return errors
}

/** Only what changed is sent; an emptied date becomes null so the server clears it. */
function toBody(values: Values, batch: Batch): Body {
  const body: Body = {}
  if (values.status !== batch.status && isEditableBatchStatus(values.status)) {
    body.status = values.status
  }
  for (const key of ["best_before", "expires_at"] as const) {
    if (values[key] !== toDateInput(batch[key])) body[key] = values[key] || null
  }
  return body
}

/**
 * Puts a batch on hold, makes it active again or corrects its dates; its
 * quantity is fixed. Recalling has its own drawer, which lists whom to contact.
 */
export function BatchEditForm({ batch, onClose }: { batch: Batch; onClose: () => void }) {
  const save = useProvenanceWrite<Body, { batch: Batch }>(`/admin/batches/${batch.id}`)
  const producedAt = toDateInput(batch.produced_at)
  // A recalled or expired batch shows its status, but nothing can replace it.
  const isFinal = isFinalBatchStatus(batch.status)
  const statusOptions = (isFinal ? [batch.status] : EDITABLE_BATCH_STATUSES).map(
    (status) => ({ value: status, label: t.batch.statuses[status] }),
  )

  const { values, set, errors, submit } = useDrawerForm({
    initial: (): Values => ({
      status: batch.status,
      best_before: toDateInput(batch.best_before),
      expires_at: toDateInput(batch.expires_at),
    }),
    validate: (values) => validate(values, producedAt),
    toBody: (values) => toBody(values, batch),
    save,
    onClose,
  })

  return (
    <FormDrawer
      title={`${t.batch.editTitle} ${batch.code}`}
      description={`${formatCount(batch.quantity)} × ${
        batch.product_variant?.product.title ?? batch.product_id
      } · ${t.batch.producedAt} ${formatDate(batch.produced_at)}`}
      onClose={onClose}
      onSubmit={submit}
      isSubmitting={save.isPending}
      serverError={save.error?.message}
    >
      <FormField
        id="batch-status"
        label={t.batch.status}
        hint={isFinal ? t.batch.statusFinal : t.batch.statusHint}
      >
        <OptionSelect
          id="batch-status"
          value={values.status}
          onChange={(status) => set("status")(status as Batch["status"])}
          options={statusOptions}
          disabled={isFinal}
        />
      </FormField>
      {(["best_before", "expires_at"] as const).map((key) => (
        <FormField
          key={key}
          id={`batch-${key}`}
          label={key === "best_before" ? t.batch.bestBefore : t.batch.expiresAt}
          error={errors[key]}
          optional
        >
          <Input
            id={`batch-${key}`}
            type="date"
            min={producedAt}
            value={values[key]}
            onChange={(event) => set(key)(event.target.value)}
            aria-invalid={Boolean(errors[key])}
          />
        </FormField>
      ))}
      <Text size="small" className="text-ui-fg-subtle">
        {t.batch.quantityFixed}
      </Text>
    </FormDrawer>
  )
}

import { Alert, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { formatCount, formatDate } from "../../lib/format"
import { t } from "../../lib/i18n"
import { useQualityWrite } from "../../lib/quality-queries"
import type { RecallResult } from "../../lib/quality-types"
import type { Batch } from "../../lib/types"
import { isBlank } from "../../lib/validate"
import { FormDrawer } from "../provenance/form-drawer"
import { FormField } from "../provenance/form-field"
import { AffectedOrdersTable } from "./affected-orders-table"

type RecallDrawerProps = { batch: Batch; onClose: () => void }

/** The server asks for a reason of at least this many characters. */
const MIN_REASON = 3

function reasonError(reason: string): string | undefined {
  if (isBlank(reason)) return t.common.required
  return reason.trim().length < MIN_REASON ? t.recall.reasonTooShort : undefined
}

/**
 * Recalls a batch, then lists the orders that contain it. The list comes only
 * in the recall's answer, so the drawer stays open on it until staff close it.
 */
export function RecallDrawer({ batch, onClose }: RecallDrawerProps) {
  const [reason, setReason] = useState("")
  const [submitted, setSubmitted] = useState(false)
  const recall = useQualityWrite<{ reason: string }, RecallResult>(
    `/admin/batches/${batch.id}/recall`,
  )
  const result = recall.data

  const error = submitted ? reasonError(reason) : undefined
  const submit = () => {
    setSubmitted(true)
    if (reasonError(reason)) return
    recall.mutate(
      { reason: reason.trim() },
      { onSuccess: () => toast.success(t.recall.doneTitle(batch.code)) },
    )
  }

  if (result) {
    return (
      <FormDrawer
        title={t.recall.doneTitle(batch.code)}
        description={t.recall.doneDescription}
        onClose={onClose}
      >
        {result.affected_orders.length > 0 ? (
          <AffectedOrdersTable orders={result.affected_orders} />
        ) : (
          <Alert variant="success">{t.recall.noOrders}</Alert>
        )}
      </FormDrawer>
    )
  }

  return (
    <FormDrawer
      title={t.recall.title(batch.code)}
      description={`${formatCount(batch.quantity)} × ${
        batch.product_variant?.product.title ?? batch.product_id
      } · ${t.batch.producedAt} ${formatDate(batch.produced_at)}`}
      onClose={onClose}
      onSubmit={submit}
      isSubmitting={recall.isPending}
      serverError={recall.error?.message}
      submitLabel={t.recall.submit}
      submitVariant="danger"
    >
      <Alert variant="warning">{t.recall.warning}</Alert>
      <FormField
        id="recall-reason"
        label={t.recall.reason}
        hint={t.recall.reasonHint}
        error={error}
      >
        <Textarea
          id="recall-reason"
          rows={4}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          aria-invalid={Boolean(error)}
        />
      </FormField>
    </FormDrawer>
  )
}

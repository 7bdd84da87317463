import { Alert, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { nowDateTimeInput } from "../../lib/format"
import { t } from "../../lib/i18n"
import {
  inspectionBody,
  validateInspection,
  type InspectionBody,
  type InspectionValues,
} from "../../lib/inspection"
import { useBatchInspections, useQualityWrite } from "../../lib/quality-queries"
import type { Inspection } from "../../lib/quality-types"
import type { Batch } from "../../lib/types"
import { hasErrors } from "../../lib/validate"
import { FormDrawer } from "../provenance/form-drawer"
import { InspectionFields } from "./inspection-fields"
import { InspectionHistory } from "./inspection-history"

type InspectionDrawerProps = { batch: Batch; onClose: () => void }

/**
 * Records an inspection of a batch against its standard's checklist, above
 * the batch's earlier inspections. Without a standard there is nothing to
 * inspect against, so only the history is shown.
 */
export function InspectionDrawer({ batch, onClose }: InspectionDrawerProps) {
  const inspections = useBatchInspections(batch.id)
  const [values, setValues] = useState<InspectionValues>(() => ({
    answers: {},
    notes: "",
    inspected_at: nowDateTimeInput(),
  }))
  const [submitted, setSubmitted] = useState(false)
  const save = useQualityWrite<InspectionBody, { inspection: Inspection }>(
    `/admin/batches/${batch.id}/inspections`,
  )

  const checklist = inspections.data?.checklist
  const items = checklist?.items ?? []
  const errors = submitted ? validateInspection(values, items) : {}

  const submit = () => {
    setSubmitted(true)
    if (hasErrors(validateInspection(values, items))) return
    save.mutate(inspectionBody(values, items), {
      onSuccess: ({ inspection }) => {
        toast.success(t.inspection.saved(inspection.passed))
        onClose()
      },
    })
  }

  return (
    <FormDrawer
      title={t.inspection.title(batch.code)}
      description={t.inspection.description}
      onClose={onClose}
      onSubmit={items.length > 0 ? submit : undefined}
      isSubmitting={save.isPending}
      serverError={save.error?.message}
    >
      {inspections.error ? (
        <Alert variant="error">{inspections.error.message}</Alert>
      ) : !inspections.data ? (
        <Text size="small" className="text-ui-fg-muted">
          {t.common.loading}
        </Text>
      ) : !checklist ? (
        <Alert variant="info">{t.inspection.noStandard}</Alert>
      ) : items.length === 0 ? (
        <Alert variant="info">{t.inspection.emptyChecklist}</Alert>
      ) : (
        <InspectionFields
          items={items}
          values={values}
          onChange={setValues}
          errors={errors}
        />
      )}
      {inspections.data && (
        <InspectionHistory inspections={inspections.data.inspections} items={items} />
      )}
    </FormDrawer>
  )
}

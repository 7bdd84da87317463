import { Alert, Hint, Input, Label, RadioGroup, Text, Textarea, clx } from "@medusajs/ui"
import { t } from "../../lib/i18n"
import {
  verdict,
  type Answer,
  type InspectionErrors,
  type InspectionValues,
} from "../../lib/inspection"
import type { ChecklistItem } from "../../lib/quality-types"
import { FormField } from "../provenance/form-field"

type InspectionFieldsProps = {
  items: ChecklistItem[]
  values: InspectionValues
  onChange: (update: (values: InspectionValues) => InspectionValues) => void
  errors: InspectionErrors
}

export function InspectionFields({
  items,
  values,
  onChange,
  errors,
}: InspectionFieldsProps) {
  const answer = (key: string) => (change: Partial<Answer>) =>
    onChange((current) => ({
      ...current,
      answers: {
        ...current.answers,
        [key]: { ...(current.answers[key] ?? { note: "" }), ...change },
      },
    }))
  const outcome = verdict(values, items)

  return (
    <>
      <div className="flex flex-col gap-y-2">
        <Label size="small" weight="plus">
          {t.inspection.checklist}
        </Label>
        {items.map((item) => (
          <ChecklistRow
            key={item.key}
            item={item}
            answer={values.answers[item.key]}
            onChange={answer(item.key)}
            flagged={Boolean(errors.unanswered)}
          />
        ))}
        {errors.unanswered && <Hint variant="error">{errors.unanswered}</Hint>}
      </div>
      {outcome !== undefined && (
        <Alert variant={outcome ? "success" : "warning"}>
          {outcome ? t.inspection.verdictPass : t.inspection.verdictFail}
        </Alert>
      )}
      <FormField id="inspection-notes" label={t.inspection.notes} optional>
        <Textarea
          id="inspection-notes"
          rows={3}
          value={values.notes}
          onChange={(event) =>
            onChange((current) => ({ ...current, notes: event.target.value }))
          }
        />
      </FormField>
      <FormField
        id="inspection-inspected_at"
        label={t.inspection.inspectedAt}
        error={errors.inspected_at}
      >
        <Input
          id="inspection-inspected_at"
          type="datetime-local"
          value={values.inspected_at}
          onChange={(event) =>
            onChange((current) => ({ ...current, inspected_at: event.target.value }))
          }
          aria-invalid={Boolean(errors.inspected_at)}
        />
      </FormField>
    </>
  )
}

type ChecklistRowProps = {
  item: ChecklistItem
  answer: Answer | undefined
  onChange: (change: Partial<Answer>) => void
  /** Marks the row when it is still unanswered after a submit. */
  flagged: boolean
}

function ChecklistRow({ item, answer, onChange, flagged }: ChecklistRowProps) {
  const id = `inspection-${item.key}`
  const value = answer?.passed === undefined ? "" : answer.passed ? "pass" : "fail"
  return (
    <div
      className={clx(
        "flex flex-col gap-y-2 rounded-lg border px-3 py-2",
        flagged && value === "" && "border-ui-border-error",
      )}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Text size="small" weight="plus" id={`${id}-label`}>
          {item.label}
        </Text>
        <RadioGroup
          value={value}
          onValueChange={(next) => onChange({ passed: next === "pass" })}
          className="flex gap-x-4"
          aria-labelledby={`${id}-label`}
        >
          {(["pass", "fail"] as const).map((option) => (
            <div key={option} className="flex items-center gap-x-2">
              <RadioGroup.Item value={option} id={`${id}-${option}`} />
              <Label htmlFor={`${id}-${option}`} size="small">
                {option === "pass" ? t.inspection.passed : t.inspection.failed}
              </Label>
            </div>
          ))}
        </RadioGroup>
      </div>
      <Input
        size="small"
        placeholder={`${t.inspection.note} (${t.common.optional})`}
        aria-label={`${item.label}: ${t.inspection.note}`}
        value={answer?.note ?? ""}
        onChange={(event) => onChange({ note: event.target.value })}
      />
    </div>
  )
}

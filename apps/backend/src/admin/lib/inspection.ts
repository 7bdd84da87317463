/*
 * The inspection form's values and what it sends. Every checklist item must be
 * marked pass or fail on purpose: no item starts as passed, so an inspection
 * cannot be saved by clicking through.
 */
import { t } from "./i18n"
import type { ChecklistItem } from "./quality-types"

export type Answer = { passed?: boolean; note: string }

export type InspectionValues = {
  /** By checklist key; a missing key is an item not answered yet. */
  answers: Record<string, Answer>
  notes: string
  /** An `<input type="datetime-local">` value, in the browser's zone. */
  inspected_at: string
}

export type InspectionErrors = {
  unanswered?: string
  inspected_at?: string
}

export type InspectionBody = {
  results: { key: string; passed: boolean; note?: string }[]
  notes?: string
  inspected_at?: string
}

export const unansweredKeys = (values: InspectionValues, items: ChecklistItem[]) =>
  items
    .filter((item) => values.answers[item.key]?.passed === undefined)
    .map((item) => item.key)

export function validateInspection(
  values: InspectionValues,
  items: ChecklistItem[],
): InspectionErrors {
  const errors: InspectionErrors = {}
  const unanswered = unansweredKeys(values, items)
  if (unanswered.length > 0)
    errors.unanswered = t.inspection.unanswered(unanswered.length)
  const at = new Date(values.inspected_at)
  if (!values.inspected_at || Number.isNaN(at.getTime())) {
    errors.inspected_at = t.common.required
  } else if (at.getTime() > Date.now()) {
    errors.inspected_at = t.inspection.inFuture
  }
  return errors
}

/** Pass when every item passed, as the server judges; undefined until all are answered. */
export function verdict(values: InspectionValues, items: ChecklistItem[]) {
  if (items.length === 0 || unansweredKeys(values, items).length > 0) return undefined
  return items.every((item) => values.answers[item.key]?.passed === true)
}

export function inspectionBody(
  values: InspectionValues,
  items: ChecklistItem[],
): InspectionBody {
  return {
    results: items.map((item) => {
      const answer = values.answers[item.key]
      return {
        key: item.key,
        passed: answer?.passed === true,
        note: answer?.note.trim() || undefined,
      }
    }),
    notes: values.notes.trim() || undefined,
    // The local time staff picked, as the instant it means.
    inspected_at: new Date(values.inspected_at).toISOString(),
  }
}

/*
 * The quality standard form's values, checks and request bodies. Lists typed
 * as text (categories, label fields) are comma-separated; the checklist and
 * the requirements are edited row by row.
 */
import { changedFields } from "./changes"
import { t } from "./i18n"
import type {
  CertificateRequirement,
  ChecklistItem,
  ProductType,
  QualityStandard,
} from "./quality-types"
import { isBlank } from "./validate"

export type StandardValues = {
  code: string
  name: string
  product_type: ProductType | ""
  category_handles: string
  label_fields: string
  requires_inspection: boolean
  checklist: ChecklistItem[]
  requirements: CertificateRequirement[]
}

type RowErrors<K extends string> = Record<number, Partial<Record<K, string>>>

export type StandardErrors = {
  code?: string
  name?: string
  product_type?: string
  label_fields?: string
  checklist?: RowErrors<"key" | "label">
  requirements?: RowErrors<"label" | "any_of">
}

export function initialStandardValues(standard?: QualityStandard): StandardValues {
  return {
    code: standard?.code ?? "",
    name: standard?.name ?? "",
    product_type: standard?.product_type ?? "",
    category_handles: (standard?.category_handles ?? []).join(", "),
    label_fields: (standard?.label_fields ?? []).join(", "),
    requires_inspection: standard?.requires_inspection ?? true,
    checklist: standard?.checklist.items ?? [],
    requirements: standard?.certificate_requirements.requirements ?? [],
  }
}

/** Codes, checklist keys and label fields are stored as identifiers. */
const KEY = /^[a-z0-9_]+$/

const commaList = (text: string) =>
  text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)

function checklistErrors(items: ChecklistItem[]): StandardErrors["checklist"] {
  const errors: NonNullable<StandardErrors["checklist"]> = {}
  items.forEach((item, index) => {
    const row: Partial<Record<"key" | "label", string>> = {}
    const key = item.key.trim()
    if (!key) row.key = t.common.required
    else if (!KEY.test(key)) row.key = t.standard.invalidKey
    else if (items.findIndex((other) => other.key.trim() === key) !== index) {
      row.key = t.standard.duplicateKey
    }
    if (isBlank(item.label)) row.label = t.common.required
    if (row.key || row.label) errors[index] = row
  })
  return Object.keys(errors).length > 0 ? errors : undefined
}

function requirementErrors(
  requirements: CertificateRequirement[],
): StandardErrors["requirements"] {
  const errors: NonNullable<StandardErrors["requirements"]> = {}
  requirements.forEach((requirement, index) => {
    const row: Partial<Record<"label" | "any_of", string>> = {}
    if (isBlank(requirement.label)) row.label = t.common.required
    if (requirement.any_of.length === 0) row.any_of = t.standard.anyOfRequired
    if (row.label || row.any_of) errors[index] = row
  })
  return Object.keys(errors).length > 0 ? errors : undefined
}

export function validateStandard(values: StandardValues, isNew: boolean): StandardErrors {
  const errors: StandardErrors = {
    checklist: checklistErrors(values.checklist),
    requirements: requirementErrors(values.requirements),
  }
  if (isBlank(values.name)) errors.name = t.common.required
  if (isNew && isBlank(values.code)) errors.code = t.common.required
  else if (isNew && !KEY.test(values.code.trim())) errors.code = t.standard.invalidKey
  const badFields = commaList(values.label_fields).filter((field) => !KEY.test(field))
  if (badFields.length > 0)
    errors.label_fields = t.standard.invalidKeys(badFields.join(", "))
  if (isNew && !values.product_type) errors.product_type = t.common.required
  return errors
}

/** The fields that stay editable after creation, as the API takes them. */
function editableFields(values: StandardValues) {
  return {
    name: values.name.trim(),
    category_handles: commaList(values.category_handles),
    label_fields: commaList(values.label_fields),
    requires_inspection: values.requires_inspection,
    checklist: {
      items: values.checklist.map((item) => ({
        key: item.key.trim(),
        label: item.label.trim(),
      })),
    },
    certificate_requirements: {
      requirements: values.requirements.map((requirement) => ({
        label: requirement.label.trim(),
        any_of: requirement.any_of,
      })),
    },
  }
}

export type StandardBody = Partial<ReturnType<typeof editableFields>> & {
  code?: string
  product_type?: ProductType
}

/** A new standard sends everything; an edit sends only what changed. */
export function standardBody(
  values: StandardValues,
  standard?: QualityStandard,
): StandardBody {
  const fields = editableFields(values)
  if (!standard) {
    return {
      ...fields,
      code: values.code.trim(),
      product_type: values.product_type || undefined,
    }
  }
  return changedFields(fields, editableFields(initialStandardValues(standard)))
}

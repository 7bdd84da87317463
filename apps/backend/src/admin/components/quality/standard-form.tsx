import { Input, Label, Switch, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { t } from "../../lib/i18n"
import { useQualityWrite } from "../../lib/quality-queries"
import { PRODUCT_TYPES, type QualityStandard } from "../../lib/quality-types"
import {
  initialStandardValues,
  standardBody,
  validateStandard,
  type StandardBody,
  type StandardValues,
} from "../../lib/standard-form"
import { useDrawerForm } from "../../lib/use-drawer-form"
import { FormDrawer } from "../provenance/form-drawer"
import { FormField } from "../provenance/form-field"
import { OptionSelect } from "../provenance/option-select"
import { ChecklistEditor } from "./checklist-editor"
import { RequirementsEditor } from "./requirements-editor"

type StandardFormProps = {
  /** The standard to edit; creates a new one when absent. */
  standard?: QualityStandard
  onClose: () => void
}

export function StandardForm({ standard, onClose }: StandardFormProps) {
  const isNew = !standard
  const save = useQualityWrite<StandardBody, { quality_standard: QualityStandard }>(
    isNew ? "/admin/quality-standards" : `/admin/quality-standards/${standard.id}`,
  )

  const { values, set, errors, submit } = useDrawerForm({
    initial: () => initialStandardValues(standard),
    validate: (values) => validateStandard(values, isNew),
    toBody: (values) => standardBody(values, standard),
    save,
    onClose,
  })

  const textInput = (
    key: "code" | "name" | "category_handles" | "label_fields",
    error?: string,
  ) => (
    <Input
      id={`standard-${key}`}
      value={values[key]}
      onChange={(event) => set(key)(event.target.value)}
      aria-invalid={Boolean(error)}
      disabled={key === "code" && !isNew}
    />
  )

  return (
    <FormDrawer
      title={isNew ? t.standard.createTitle : t.standard.editTitle}
      description={t.standard.formDescription}
      onClose={onClose}
      onSubmit={submit}
      isSubmitting={save.isPending}
      serverError={save.error?.message}
    >
      <div className="grid grid-cols-2 gap-4">
        <FormField
          id="standard-code"
          label={t.standard.code}
          hint={t.standard.codeHint}
          error={errors.code}
        >
          {textInput("code", errors.code)}
        </FormField>
        <FormField
          id="standard-product_type"
          label={t.standard.productType}
          hint={isNew ? undefined : t.certificate.fixedAfterCreate}
          error={errors.product_type}
        >
          <OptionSelect
            id="standard-product_type"
            value={values.product_type}
            onChange={(value) =>
              set("product_type")(value as StandardValues["product_type"])
            }
            options={PRODUCT_TYPES.map((type) => ({
              value: type,
              label: t.standard.productTypes[type],
            }))}
            disabled={!isNew}
          />
        </FormField>
      </div>
      <FormField id="standard-name" label={t.standard.name} error={errors.name}>
        {textInput("name", errors.name)}
      </FormField>
      <FormField
        id="standard-category_handles"
        label={t.standard.categories}
        hint={t.standard.categoriesHint}
      >
        {textInput("category_handles")}
      </FormField>
      <FormField
        id="standard-label_fields"
        label={t.standard.labelFields}
        hint={t.standard.labelFieldsHint}
        error={errors.label_fields}
      >
        {textInput("label_fields", errors.label_fields)}
      </FormField>
      <div className="flex items-start gap-x-3">
        <Switch
          id="standard-requires_inspection"
          checked={values.requires_inspection}
          onCheckedChange={set("requires_inspection")}
        />
        <div className="flex flex-col">
          <Label htmlFor="standard-requires_inspection" size="small" weight="plus">
            {t.standard.requiresInspection}
          </Label>
          <Text size="small" className="text-ui-fg-subtle">
            {t.standard.requiresInspectionHint}
          </Text>
        </div>
      </div>
      <Section title={t.standard.requirements} hint={t.standard.requirementsHint}>
        <RequirementsEditor
          requirements={values.requirements}
          onChange={set("requirements")}
          errors={errors.requirements}
        />
      </Section>
      <Section title={t.standard.checklist} hint={t.standard.checklistHint}>
        <ChecklistEditor
          items={values.checklist}
          onChange={set("checklist")}
          errors={errors.checklist}
        />
      </Section>
    </FormDrawer>
  )
}

function Section({
  title,
  hint,
  children,
}: {
  title: string
  hint: string
  children: ReactNode
}) {
  return (
    <section className="flex flex-col gap-y-2 border-t pt-4">
      <Label size="small" weight="plus">
        {title}
      </Label>
      <Text size="small" className="text-ui-fg-subtle">
        {hint}
      </Text>
      {children}
    </section>
  )
}

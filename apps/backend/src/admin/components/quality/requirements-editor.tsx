import { Button, Checkbox, Hint, Input, Label, Text } from "@medusajs/ui"
import { t } from "../../lib/i18n"
import {
  CERTIFICATE_TYPES,
  type CertificateRequirement,
  type CertificateType,
} from "../../lib/quality-types"
import { rowListActions } from "../../lib/row-list"
import type { StandardErrors } from "../../lib/standard-form"

type RequirementsEditorProps = {
  requirements: CertificateRequirement[]
  onChange: (requirements: CertificateRequirement[]) => void
  errors?: StandardErrors["requirements"]
}

/** Certificate requirements: a name and the certificate types, any one of which meets it. */
export function RequirementsEditor({
  requirements,
  onChange,
  errors,
}: RequirementsEditorProps) {
  const { add, remove, update } = rowListActions(requirements, onChange, () => ({
    label: "",
    any_of: [],
  }))
  const toggle = (index: number, type: CertificateType, checked: boolean) => {
    const others = requirements[index].any_of.filter((other) => other !== type)
    update(index, { any_of: checked ? [...others, type] : others })
  }

  return (
    <div className="flex flex-col gap-y-3">
      {requirements.length === 0 && (
        <Text size="small" className="text-ui-fg-muted">
          {t.standard.noRequirements}
        </Text>
      )}
      {requirements.map((requirement, index) => (
        // Rows have no identity of their own; every input is controlled, so the index is enough.
        <div key={index} className="flex flex-col gap-y-2 rounded-lg border p-3">
          <div className="flex items-center gap-2">
            <Input
              size="small"
              placeholder={t.standard.requirementLabel}
              aria-label={t.standard.requirementLabel}
              value={requirement.label}
              onChange={(event) => update(index, { label: event.target.value })}
              aria-invalid={Boolean(errors?.[index]?.label)}
            />
            <Button
              type="button"
              size="small"
              variant="transparent"
              onClick={() => remove(index)}
            >
              {t.common.remove}
            </Button>
          </div>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t.standard.anyOf}
          </Text>
          <div className="flex flex-wrap gap-x-4 gap-y-2">
            {CERTIFICATE_TYPES.map((type) => {
              const id = `requirement-${index}-${type}`
              return (
                <div key={type} className="flex items-center gap-x-2">
                  <Checkbox
                    id={id}
                    checked={requirement.any_of.includes(type)}
                    onCheckedChange={(checked) => toggle(index, type, checked === true)}
                  />
                  <Label htmlFor={id} size="small">
                    {t.certificate.types[type]}
                  </Label>
                </div>
              )
            })}
          </div>
          {errors?.[index] && (
            <Hint variant="error">
              {[errors[index].label, errors[index].any_of].filter(Boolean).join(" ")}
            </Hint>
          )}
        </div>
      ))}
      <div>
        <Button type="button" size="small" variant="secondary" onClick={add}>
          {t.standard.addRequirement}
        </Button>
      </div>
    </div>
  )
}

import { Input, Label, RadioGroup } from "@medusajs/ui"
import { t } from "../../lib/i18n"
import { WHOLESALE_LIMITS } from "../../lib/wholesale"
import { FormField } from "../provenance/form-field"
import { wholeNumberIn } from "../shipping-rates/whole-number-input"

/** The usual terms are one click; anything else is typed in days. */
const PRESETS = ["14", "30"] as const

export type PaymentTerms = { preset: (typeof PRESETS)[number] | "other"; days: string }

export function paymentTermsOf(days: number): PaymentTerms {
  const preset = PRESETS.find((value) => Number(value) === days)
  return preset ? { preset, days: "" } : { preset: "other", days: String(days) }
}

/** The chosen number of days, or null when the typed one is out of bounds. */
export function paymentTermsDays(terms: PaymentTerms): number | null {
  return terms.preset === "other"
    ? wholeNumberIn(terms.days, 0, WHOLESALE_LIMITS.maxPaymentTermsDays)
    : Number(terms.preset)
}

type PaymentTermsFieldProps = {
  id: string
  value: PaymentTerms
  onChange: (value: PaymentTerms) => void
  error?: string
}

export function PaymentTermsField({
  id,
  value,
  onChange,
  error,
}: PaymentTermsFieldProps) {
  const otherId = `${id}-days`
  return (
    <FormField
      id={id}
      label={t.paymentTerms.label}
      hint={t.paymentTerms.hint}
      error={error}
    >
      <RadioGroup
        id={id}
        value={value.preset}
        onValueChange={(preset) =>
          onChange({ ...value, preset: preset as PaymentTerms["preset"] })
        }
        className="flex flex-wrap items-center gap-x-6 gap-y-2"
      >
        {PRESETS.map((preset) => (
          <div key={preset} className="flex items-center gap-x-2">
            <RadioGroup.Item value={preset} id={`${id}-${preset}`} />
            <Label htmlFor={`${id}-${preset}`} size="small">
              {t.paymentTerms.days(Number(preset))}
            </Label>
          </div>
        ))}
        <div className="flex items-center gap-x-2">
          <RadioGroup.Item value="other" id={`${id}-other`} />
          <Label htmlFor={`${id}-other`} size="small">
            {t.paymentTerms.other}
          </Label>
        </div>
      </RadioGroup>
      {value.preset === "other" && (
        <div className="w-40">
          <Input
            id={otherId}
            size="small"
            inputMode="numeric"
            aria-label={t.paymentTerms.otherDays}
            placeholder={t.paymentTerms.otherDays}
            value={value.days}
            onChange={(event) => onChange({ ...value, days: event.target.value })}
            aria-invalid={Boolean(error)}
          />
        </div>
      )}
    </FormField>
  )
}

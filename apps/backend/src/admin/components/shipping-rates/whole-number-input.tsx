import { Input } from "@medusajs/ui"
import { parseWholeNumber } from "../../lib/validate"
import { FormField } from "../provenance/form-field"

type WholeNumberInputProps = {
  id: string
  label: string
  hint?: string
  value: string
  onChange: (value: string) => void
  error?: string
}

/** A labelled numeric text box; typed as text so "12.000" is caught, not rounded. */
export function WholeNumberInput({
  id,
  label,
  hint,
  value,
  onChange,
  error,
}: WholeNumberInputProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      <Input
        id={id}
        inputMode="numeric"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={Boolean(error)}
      />
    </FormField>
  )
}

/** A whole number within the bounds, or null so the form can point at the field. */
export function wholeNumberIn(value: string, min: number, max: number): number | null {
  const number = parseWholeNumber(value)
  return number !== null && number >= min && number <= max ? number : null
}

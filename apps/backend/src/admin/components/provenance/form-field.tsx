import { Hint, Label } from "@medusajs/ui"
import type { ReactNode } from "react"
import { t } from "../../lib/i18n"

type FormFieldProps = {
  id: string
  label: string
  hint?: string
  error?: string
  optional?: boolean
  children: ReactNode
}

/** A label, its control, a hint and the field's error, stacked the dashboard's way. */
export function FormField({
  id,
  label,
  hint,
  error,
  optional,
  children,
}: FormFieldProps) {
  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
        {optional && (
          <span className="text-ui-fg-muted font-normal"> ({t.common.optional})</span>
        )}
      </Label>
      {children}
      {hint && <Hint>{hint}</Hint>}
      {error && <Hint variant="error">{error}</Hint>}
    </div>
  )
}

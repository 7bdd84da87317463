import { Input, Label } from "@medusajs/ui"

type MonthInputProps = {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
}

export function MonthInput({ id, label, value, onChange }: MonthInputProps) {
  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
      </Label>
      <Input
        id={id}
        type="month"
        size="small"
        placeholder="2026-01"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  )
}

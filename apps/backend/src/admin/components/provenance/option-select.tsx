import { Select } from "@medusajs/ui"
import { t } from "../../lib/i18n"

/*
 * Radix Select cannot hold an empty value, so "no filter" travels as this
 * sentinel inside the select and as "" outside it.
 */
const ALL = "__all__"

export type Option = { value: string; label: string }

type OptionSelectProps = {
  id?: string
  value: string
  onChange: (value: string) => void
  options: Option[]
  /** Adds a first choice with this text that maps to "", for filters. */
  allLabel?: string
  placeholder?: string
  disabled?: boolean
  size?: "small" | "base"
}

export function OptionSelect({
  id,
  value,
  onChange,
  options,
  allLabel,
  placeholder = t.common.choose,
  disabled,
  size = "base",
}: OptionSelectProps) {
  const current = value === "" && allLabel ? ALL : value
  return (
    <Select
      value={current}
      onValueChange={(next) => onChange(next === ALL ? "" : next)}
      disabled={disabled}
      size={size}
    >
      <Select.Trigger id={id}>
        <Select.Value placeholder={placeholder} />
      </Select.Trigger>
      <Select.Content>
        {allLabel && <Select.Item value={ALL}>{allLabel}</Select.Item>}
        {options.map((option) => (
          <Select.Item key={option.value} value={option.value}>
            {option.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}

import { Input } from "@medusajs/ui"
import { useState } from "react"
import { t } from "../../lib/i18n"
import { useVariantSearch } from "../../lib/queries"
import type { VariantOption } from "../../lib/types"
import { useDebouncedValue } from "../../lib/use-debounced-value"
import { OptionSelect } from "./option-select"

export function variantLabel(variant: VariantOption): string {
  const name = variant.product
    ? `${variant.product.title} · ${variant.title}`
    : variant.title
  return variant.sku ? `${name} (${variant.sku})` : name
}

type VariantPickerProps = {
  id: string
  value: VariantOption | null
  onChange: (variant: VariantOption | null) => void
}

/** Searches Medusa's variants by product name or SKU and lets staff pick one. */
export function VariantPicker({ id, value, onChange }: VariantPickerProps) {
  const [search, setSearch] = useState("")
  const query = useDebouncedValue(search)
  const variants = useVariantSearch(query)

  // The picked variant stays selectable while a new search shows other results.
  const found = variants.data?.variants ?? []
  const choices =
    value && !found.some((v) => v.id === value.id) ? [value, ...found] : found
  const noMatch = query.trim() !== "" && variants.isSuccess && found.length === 0

  return (
    <div className="flex flex-col gap-y-2">
      <Input
        type="search"
        placeholder={t.batch.variantSearch}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <OptionSelect
        id={id}
        value={value?.id ?? ""}
        onChange={(variantId) =>
          onChange(choices.find((v) => v.id === variantId) ?? null)
        }
        options={choices.map((variant) => ({
          value: variant.id,
          label: variantLabel(variant),
        }))}
        placeholder={noMatch ? t.batch.noVariants : t.common.choose}
        disabled={choices.length === 0}
      />
    </div>
  )
}

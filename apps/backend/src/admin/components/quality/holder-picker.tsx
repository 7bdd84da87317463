import { Input } from "@medusajs/ui"
import { useState } from "react"
import { t } from "../../lib/i18n"
import { useFacilityOptions, useWorkshopOptions } from "../../lib/queries"
import { useProductSearch } from "../../lib/quality-queries"
import { HOLDER_TYPES, type Holder, type HolderType } from "../../lib/quality-types"
import { useDebouncedValue } from "../../lib/use-debounced-value"
import { OptionSelect } from "../provenance/option-select"

type Named = { id: string; name: string }

/**
 * Products are searched on the server (there are many); workshops and
 * facilities are few enough to load at once and filter here.
 */
function useCandidates(type: HolderType, q: string): { found: Named[]; error?: string } {
  const products = useProductSearch(q, type === "product")
  const workshops = useWorkshopOptions()
  const facilities = useFacilityOptions()
  if (type === "product") {
    return {
      found: (products.data?.products ?? []).map((p) => ({ id: p.id, name: p.title })),
      error: products.error?.message,
    }
  }
  const [all, error] =
    type === "workshop"
      ? [workshops.data?.workshops, workshops.error]
      : [facilities.data?.facilities, facilities.error]
  const needle = q.trim().toLowerCase()
  return {
    found: (all ?? [])
      .filter((item) => item.name.toLowerCase().includes(needle))
      .map(({ id, name }) => ({ id, name })),
    error: error?.message,
  }
}

type HolderPickerProps = {
  id: string
  type: HolderType
  value: Holder | null
  onTypeChange: (type: HolderType) => void
  onChange: (holder: Holder | null) => void
}

/** Chooses what holds a certificate: a product, a workshop or a facility. */
export function HolderPicker({
  id,
  type,
  value,
  onTypeChange,
  onChange,
}: HolderPickerProps) {
  const [search, setSearch] = useState("")
  const q = useDebouncedValue(search)
  const { found, error } = useCandidates(type, q)

  // The chosen holder stays selectable while a new search shows others.
  const chosen = value?.type === type ? value : null
  const choices =
    chosen && !found.some((c) => c.id === chosen.id) ? [chosen, ...found] : found

  return (
    <div className="flex flex-col gap-y-2">
      <OptionSelect
        id={`${id}-type`}
        value={type}
        onChange={(next) => {
          onTypeChange(next as HolderType)
          onChange(null)
          setSearch("")
        }}
        options={HOLDER_TYPES.map((holderType) => ({
          value: holderType,
          label: t.certificate.holderTypes[holderType],
        }))}
      />
      <Input
        type="search"
        placeholder={t.certificate.search}
        aria-label={t.certificate.search}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <OptionSelect
        id={id}
        value={chosen?.id ?? ""}
        onChange={(holderId) => {
          const picked = choices.find((c) => c.id === holderId)
          onChange(picked ? { type, ...picked } : null)
        }}
        options={choices.map((choice) => ({ value: choice.id, label: choice.name }))}
        placeholder={
          error ?? (choices.length === 0 ? t.certificate.noMatches : undefined)
        }
        disabled={choices.length === 0}
      />
    </div>
  )
}

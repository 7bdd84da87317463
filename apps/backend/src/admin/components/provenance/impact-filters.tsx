import { Label, Text } from "@medusajs/ui"
import { t } from "../../lib/i18n"
import type { MonthRange } from "../../lib/month-range"
import { useFacilityOptions } from "../../lib/queries"
import { MonthInput } from "./month-input"
import { OptionSelect } from "./option-select"

type ImpactFiltersProps = {
  /** Prefixes the inputs' ids, unique on the page. */
  id: string
  range: MonthRange
  onRangeChange: (key: keyof MonthRange) => (value: string) => void
  error: string | undefined
  facilityId: string
  onFacilityChange: (facilityId: string) => void
}

/** The period (from and to month) and facility an impact view covers. */
export function ImpactFilters({
  id,
  range,
  onRangeChange,
  error,
  facilityId,
  onFacilityChange,
}: ImpactFiltersProps) {
  const facilities = useFacilityOptions()
  return (
    <div className="flex flex-wrap items-end gap-4 px-6 py-4">
      <MonthInput
        id={`${id}-from`}
        label={t.impact.from}
        value={range.from}
        onChange={onRangeChange("from")}
      />
      <MonthInput
        id={`${id}-to`}
        label={t.impact.to}
        value={range.to}
        onChange={onRangeChange("to")}
      />
      <div className="flex w-56 flex-col gap-y-2">
        <Label htmlFor={`${id}-facility`} size="small" weight="plus">
          {t.impact.facility}
        </Label>
        <OptionSelect
          id={`${id}-facility`}
          size="small"
          value={facilityId}
          onChange={onFacilityChange}
          allLabel={t.impact.allFacilities}
          options={(facilities.data?.facilities ?? []).map((facility) => ({
            value: facility.id,
            label: facility.name,
          }))}
        />
      </div>
      {error && (
        <Text size="small" className="text-ui-fg-error">
          {error}
        </Text>
      )}
    </div>
  )
}

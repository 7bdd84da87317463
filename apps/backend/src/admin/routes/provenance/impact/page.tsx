import { Container, Heading, Input, Label, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { ImpactTable } from "../../../components/provenance/impact-table"
import { OptionSelect } from "../../../components/provenance/option-select"
import { toMonthInput } from "../../../lib/format"
import { t } from "../../../lib/i18n"
import { useFacilityOptions, useImpact } from "../../../lib/queries"

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

/** From January of this year up to this month. */
function defaultRange() {
  const now = new Date()
  return { from: `${now.getFullYear()}-01`, to: toMonthInput(now) }
}

/*
 * Only a valid range is sent: browsers without a month picker show a text box,
 * and a half-typed month must not replace the table with an error.
 */
function rangeError(from: string, to: string): string | undefined {
  if (!MONTH.test(from) || !MONTH.test(to)) return t.impact.invalidMonth
  if (from > to) return t.impact.rangeReversed
  return undefined
}

const ImpactPage = () => {
  const [draft, setDraft] = useState(defaultRange)
  const [range, setRange] = useState(defaultRange)
  const [facilityId, setFacilityId] = useState("")
  const facilities = useFacilityOptions()
  const impact = useImpact({ ...range, facility_id: facilityId })
  const error = rangeError(draft.from, draft.to)

  const change = (key: "from" | "to") => (value: string) => {
    const next = { ...draft, [key]: value }
    setDraft(next)
    if (!rangeError(next.from, next.to)) setRange(next)
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-1 px-6 py-4">
        <Link
          to="/provenance"
          className="text-ui-fg-subtle hover:text-ui-fg-base txt-compact-small"
        >
          ← {t.impact.back}
        </Link>
        <Heading level="h1">{t.impact.title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t.impact.subtitle}
        </Text>
      </Container>
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-end gap-4 px-6 py-4">
          <MonthInput
            id="impact-from"
            label={t.impact.from}
            value={draft.from}
            onChange={change("from")}
          />
          <MonthInput
            id="impact-to"
            label={t.impact.to}
            value={draft.to}
            onChange={change("to")}
          />
          <div className="flex w-56 flex-col gap-y-2">
            <Label htmlFor="impact-facility" size="small" weight="plus">
              {t.impact.facility}
            </Label>
            <OptionSelect
              id="impact-facility"
              size="small"
              value={facilityId}
              onChange={setFacilityId}
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
        <ImpactTable
          rows={impact.data?.rows}
          totals={impact.data?.totals}
          isLoading={impact.isLoading}
          error={impact.error}
        />
      </Container>
    </div>
  )
}

type MonthInputProps = {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
}

function MonthInput({ id, label, value, onChange }: MonthInputProps) {
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

export default ImpactPage

import { Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { ImpactFilters } from "../../../components/provenance/impact-filters"
import { ImpactTable } from "../../../components/provenance/impact-table"
import { CsvExportCard } from "../../../components/reports/csv-export-card"
import { toMonthInput } from "../../../lib/format"
import { t } from "../../../lib/i18n"
import { useMonthRange } from "../../../lib/month-range"
import { useImpact } from "../../../lib/queries"

/** From January of this year up to this month. */
function defaultRange() {
  const now = new Date()
  return { from: `${now.getFullYear()}-01`, to: toMonthInput(now) }
}

const ImpactPage = () => {
  const { draft, range, error, change } = useMonthRange(defaultRange)
  const [facilityId, setFacilityId] = useState("")
  const impact = useImpact({ ...range, facility_id: facilityId })

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
        <ImpactFilters
          id="impact"
          range={draft}
          onRangeChange={change}
          error={error}
          facilityId={facilityId}
          onFacilityChange={setFacilityId}
        />
        <ImpactTable
          rows={impact.data?.rows}
          totals={impact.data?.totals}
          isLoading={impact.isLoading}
          error={impact.error}
        />
      </Container>
      <CsvExportCard />
    </div>
  )
}

export default ImpactPage

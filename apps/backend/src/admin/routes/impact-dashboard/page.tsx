import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Alert, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { BestSellersTable } from "../../components/impact-dashboard/best-sellers-table"
import { ExpiringBatchesTable } from "../../components/impact-dashboard/expiring-batches-table"
import { ImpactIcon } from "../../components/impact-dashboard/impact-icon"
import { SalesChart } from "../../components/impact-dashboard/sales-chart"
import { TotalsCards } from "../../components/impact-dashboard/totals-cards"
import { WorkshopUnitsChart } from "../../components/impact-dashboard/workshop-units-chart"
import { ImpactFilters } from "../../components/provenance/impact-filters"
import { t } from "../../lib/i18n"
import { lastMonths, useMonthRange } from "../../lib/month-range"
import { useImpactDashboard } from "../../lib/queries"

const DEFAULT_MONTHS = 12

const ImpactDashboardPage = () => {
  const { draft, range, error, change } = useMonthRange(() => lastMonths(DEFAULT_MONTHS))
  const [facilityId, setFacilityId] = useState("")
  const dashboard = useImpactDashboard({ ...range, facility_id: facilityId })
  const data = dashboard.data
  const isLoading = dashboard.isLoading

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">{t.impactDashboard.title}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t.impactDashboard.subtitle}
          </Text>
        </div>
        <Link
          to="/provenance/impact"
          className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small-plus"
        >
          {t.impactDashboard.details} →
        </Link>
      </Container>
      <Container className="p-0">
        <ImpactFilters
          id="impact-dashboard"
          range={draft}
          onRangeChange={change}
          error={error}
          facilityId={facilityId}
          onFacilityChange={setFacilityId}
        />
      </Container>
      {dashboard.error ? (
        <Alert variant="error">{dashboard.error.message}</Alert>
      ) : (
        <>
          <TotalsCards dashboard={data} />
          <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
            <SalesChart rows={data?.months} range={range} isLoading={isLoading} />
            <WorkshopUnitsChart rows={data?.months} isLoading={isLoading} />
          </div>
          <BestSellersTable rows={data?.best_sellers} isLoading={isLoading} />
          <ExpiringBatchesTable rows={data?.expiring_soon} isLoading={isLoading} />
        </>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: t.impactDashboard.title,
  icon: ImpactIcon,
})

export default ImpactDashboardPage

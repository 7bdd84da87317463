import { Container, Heading, Text } from "@medusajs/ui"
import { formatCount, formatRupiah } from "../../lib/format"
import { t } from "../../lib/i18n"
import type { ImpactDashboard } from "../../lib/types"

type TotalsCardsProps = { dashboard: ImpactDashboard | undefined }

/** The period's figures at a glance. */
export function TotalsCards({ dashboard }: TotalsCardsProps) {
  const cards = [
    [t.impactDashboard.sales, dashboard && formatRupiah(dashboard.totals.sales)],
    [t.impactDashboard.makers, dashboard && formatRupiah(dashboard.totals.makers_amount)],
    [t.impactDashboard.unitsSold, dashboard && formatCount(dashboard.totals.units)],
    [
      t.impactDashboard.expiringCount,
      dashboard && formatCount(dashboard.expiring_soon.length),
    ],
  ] as const

  return (
    <div className="grid grid-cols-2 gap-3 xl:grid-cols-4">
      {cards.map(([title, value]) => (
        <Container key={title} className="flex flex-col gap-y-1 px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {title}
          </Text>
          <Heading level="h2" className="tabular-nums">
            {value ?? "…"}
          </Heading>
        </Container>
      ))}
    </div>
  )
}

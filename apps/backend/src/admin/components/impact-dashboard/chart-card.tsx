import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { t } from "../../lib/i18n"

/** Colours of the dashboard's own tags, so the charts follow its light and dark themes. */
export const CHART_COLORS = {
  sales: "var(--tag-blue-icon)",
  makers: "var(--tag-green-icon)",
  units: "var(--tag-purple-icon)",
  grid: "var(--border-base)",
  text: "var(--fg-subtle)",
}

export const axisTick = { fill: CHART_COLORS.text, fontSize: 12 }

export const tooltipStyle = {
  background: "var(--bg-base)",
  borderColor: "var(--border-base)",
  borderRadius: 8,
  fontSize: 12,
}

type ChartCardProps = {
  title: string
  /** Nothing to draw: the card says so instead of showing empty axes. */
  isEmpty: boolean
  isLoading: boolean
  children: ReactNode
}

export function ChartCard({ title, isEmpty, isLoading, children }: ChartCardProps) {
  return (
    <Container className="flex flex-col gap-y-4 px-6 py-4">
      <Heading level="h2">{title}</Heading>
      {isEmpty ? (
        <Text size="small" className="text-ui-fg-muted">
          {isLoading ? t.common.loading : t.impactDashboard.noSales}
        </Text>
      ) : (
        children
      )}
    </Container>
  )
}

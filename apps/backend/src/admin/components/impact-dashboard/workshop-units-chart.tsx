import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts"
import { formatCount } from "../../lib/format"
import { t } from "../../lib/i18n"
import { unitsByWorkshop } from "../../lib/impact-dashboard"
import type { DashboardMonth } from "../../lib/types"
import { axisTick, CHART_COLORS, ChartCard, tooltipStyle } from "./chart-card"

const BAR_ROW_HEIGHT = 36

type WorkshopUnitsChartProps = {
  rows: DashboardMonth[] | undefined
  isLoading: boolean
}

/** One horizontal bar per workshop, so long workshop names stay readable. */
export function WorkshopUnitsChart({ rows, isLoading }: WorkshopUnitsChartProps) {
  const data = unitsByWorkshop(rows ?? [])
  return (
    <ChartCard
      title={t.impactDashboard.unitsChart}
      isEmpty={!data.length}
      isLoading={isLoading}
    >
      <ResponsiveContainer
        width="100%"
        height={Math.max(288, data.length * BAR_ROW_HEIGHT + 48)}
      >
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
        >
          <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} />
          <XAxis
            type="number"
            allowDecimals={false}
            tickFormatter={(units: number) => formatCount(units)}
            tick={axisTick}
            stroke={CHART_COLORS.grid}
          />
          <YAxis
            type="category"
            dataKey="name"
            tick={axisTick}
            stroke={CHART_COLORS.grid}
            width={160}
          />
          <Tooltip
            formatter={(units: unknown) => formatCount(Number(units))}
            contentStyle={tooltipStyle}
            cursor={{ fill: CHART_COLORS.grid }}
          />
          <Bar
            dataKey="units"
            name={t.impactDashboard.units}
            fill={CHART_COLORS.units}
            radius={[0, 4, 4, 0]}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  )
}

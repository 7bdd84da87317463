import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts"
import {
  formatCompactRupiah,
  formatMonth,
  formatRupiah,
  formatShortMonth,
} from "../../lib/format"
import { t } from "../../lib/i18n"
import { salesByMonth } from "../../lib/impact-dashboard"
import type { MonthRange } from "../../lib/month-range"
import type { DashboardMonth } from "../../lib/types"
import { axisTick, CHART_COLORS, ChartCard, tooltipStyle } from "./chart-card"

type SalesChartProps = {
  rows: DashboardMonth[] | undefined
  range: MonthRange
  isLoading: boolean
}

/** Sales and the makers' premi side by side, month by month. */
export function SalesChart({ rows, range, isLoading }: SalesChartProps) {
  const data = salesByMonth(rows ?? [], range)
  return (
    <ChartCard
      title={t.impactDashboard.salesChart}
      isEmpty={!rows?.length}
      isLoading={isLoading}
    >
      <ResponsiveContainer width="100%" height={288}>
        <BarChart data={data} margin={{ top: 4, right: 8, bottom: 4, left: 8 }}>
          <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
          <XAxis
            dataKey="month"
            tickFormatter={(month: string) => formatShortMonth(month)}
            tick={axisTick}
            stroke={CHART_COLORS.grid}
          />
          <YAxis
            tickFormatter={(amount: number) => formatCompactRupiah(amount)}
            tick={axisTick}
            stroke={CHART_COLORS.grid}
            width={80}
          />
          <Tooltip
            formatter={(amount: unknown) => formatRupiah(Number(amount))}
            labelFormatter={(month: unknown) => formatMonth(String(month))}
            contentStyle={tooltipStyle}
            cursor={{ fill: CHART_COLORS.grid }}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar
            dataKey="sales"
            name={t.impactDashboard.sales}
            fill={CHART_COLORS.sales}
            radius={[4, 4, 0, 0]}
          />
          <Bar
            dataKey="makers_amount"
            name={t.impactDashboard.makers}
            fill={CHART_COLORS.makers}
            radius={[4, 4, 0, 0]}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  )
}

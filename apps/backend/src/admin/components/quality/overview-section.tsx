import { Alert, Container, Heading, Text } from "@medusajs/ui"
import { formatCount } from "../../lib/format"
import { t } from "../../lib/i18n"
import { useQualityOverview } from "../../lib/quality-queries"
import { PaginatedTable, type Column } from "../provenance/paginated-table"
import {
  blockedBatchColumns,
  blockedProductColumns,
  expiringBatchColumns,
  expiringCertificateColumns,
} from "./overview-tables"

/** What stops a sale now, then what will soon: in the order staff should act. */
export function OverviewSection() {
  const overview = useQualityOverview()
  const data = overview.data

  if (overview.error) {
    return <Alert variant="error">{overview.error.message}</Alert>
  }

  const isLoading = overview.isLoading
  const counts = [
    [t.quality.blockedProducts, data?.blocked_products],
    [t.quality.blockedBatches, data?.blocked_batches],
    [t.quality.expiringCertificates, data?.expiring_certificates],
    [t.quality.expiringBatches, data?.expiring_batches],
  ] as const

  return (
    <div className="flex flex-col gap-y-3">
      <div className="grid grid-cols-2 gap-3 xl:grid-cols-4">
        {counts.map(([title, rows]) => (
          <Container key={title} className="flex flex-col gap-y-1 px-6 py-4">
            <Text size="small" className="text-ui-fg-subtle">
              {title}
            </Text>
            <Heading level="h2" className="tabular-nums">
              {rows ? formatCount(rows.length) : "…"}
            </Heading>
          </Container>
        ))}
      </div>
      <OverviewList
        title={t.quality.blockedProducts}
        rows={data?.blocked_products}
        columns={blockedProductColumns}
        isLoading={isLoading}
      />
      <OverviewList
        title={t.quality.blockedBatches}
        rows={data?.blocked_batches}
        columns={blockedBatchColumns}
        isLoading={isLoading}
      />
      <OverviewList
        title={t.quality.expiringCertificates}
        rows={data?.expiring_certificates}
        columns={expiringCertificateColumns}
        isLoading={isLoading}
      />
      <OverviewList
        title={t.quality.expiringBatches}
        rows={data?.expiring_batches}
        columns={expiringBatchColumns}
        isLoading={isLoading}
      />
    </div>
  )
}

type OverviewListProps<T> = {
  title: string
  rows: T[] | undefined
  columns: Column<T>[]
  isLoading: boolean
}

function OverviewList<T extends { id: string }>({
  title,
  rows,
  columns,
  isLoading,
}: OverviewListProps<T>) {
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{title}</Heading>
      </div>
      <PaginatedTable
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        isLoading={isLoading}
        error={null}
      />
    </Container>
  )
}

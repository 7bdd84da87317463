import { Container, Heading, Text } from "@medusajs/ui"
import { PaginatedTable, type Column } from "../provenance/paginated-table"

type DashboardTableProps<T> = {
  title: string
  hint: string
  columns: Column<T>[]
  rows: T[] | undefined
  rowKey: (row: T) => string
  isLoading: boolean
}

/** A titled table of every row (the API already keeps these lists short). */
export function DashboardTable<T>({
  title,
  hint,
  columns,
  rows,
  rowKey,
  isLoading,
}: DashboardTableProps<T>) {
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h2">{title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {hint}
        </Text>
      </div>
      <PaginatedTable
        columns={columns}
        rows={rows}
        rowKey={rowKey}
        isLoading={isLoading}
        error={null}
      />
    </Container>
  )
}

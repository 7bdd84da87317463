import { Alert, Table, clx } from "@medusajs/ui"
import type { ReactNode } from "react"
import { t } from "../../lib/i18n"
import { PAGE_SIZE } from "../../lib/queries"

export type Column<T> = {
  key: string
  header: string
  render: (row: T) => ReactNode
  /** Right-aligns numbers so digits line up. */
  numeric?: boolean
}

type Pagination = {
  count: number
  pageIndex: number
  onPageChange: (pageIndex: number) => void
}

type PaginatedTableProps<T> = {
  columns: Column<T>[]
  rows: T[] | undefined
  rowKey: (row: T) => string
  isLoading: boolean
  error: Error | null
  /** Omitted for tables that always show every row. */
  pagination?: Pagination
  /** Extra rows under the body, e.g. totals. */
  footer?: ReactNode
}

export function PaginatedTable<T>({
  columns,
  rows,
  rowKey,
  isLoading,
  error,
  pagination,
  footer,
}: PaginatedTableProps<T>) {
  if (error) {
    return (
      <div className="px-6 py-4">
        <Alert variant="error">{error.message}</Alert>
      </div>
    )
  }

  const placeholder = isLoading && !rows ? t.common.loading : t.common.empty

  return (
    <div className="overflow-x-auto">
      <Table>
        <Table.Header>
          <Table.Row>
            {columns.map((column) => (
              <Table.HeaderCell
                key={column.key}
                className={column.numeric ? "text-right" : undefined}
              >
                {column.header}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows && rows.length > 0 ? (
            rows.map((row) => (
              <Table.Row key={rowKey(row)}>
                {columns.map((column) => (
                  <Table.Cell
                    key={column.key}
                    className={column.numeric ? "text-right tabular-nums" : undefined}
                  >
                    {column.render(row)}
                  </Table.Cell>
                ))}
              </Table.Row>
            ))
          ) : (
            <Table.Row>
              <SpanningCell span={columns.length} className="text-ui-fg-muted">
                {placeholder}
              </SpanningCell>
            </Table.Row>
          )}
          {footer}
        </Table.Body>
      </Table>
      {pagination && <TablePager {...pagination} />}
    </div>
  )
}

/**
 * A cell across several columns, styled like `Table.Cell`, whose props leave
 * out `colSpan`.
 */
export function SpanningCell({
  span,
  className,
  children,
}: {
  span: number
  className?: string
  children: ReactNode
}) {
  return (
    <td colSpan={span} className={clx("h-12 py-0 pl-0 pr-6", className)}>
      {children}
    </td>
  )
}

export function TablePager({ count, pageIndex, onPageChange }: Pagination) {
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))
  return (
    <Table.Pagination
      count={count}
      pageSize={PAGE_SIZE}
      pageIndex={pageIndex}
      pageCount={pageCount}
      canPreviousPage={pageIndex > 0}
      canNextPage={pageIndex + 1 < pageCount}
      previousPage={() => onPageChange(pageIndex - 1)}
      nextPage={() => onPageChange(pageIndex + 1)}
      translations={t.common.pagination}
    />
  )
}

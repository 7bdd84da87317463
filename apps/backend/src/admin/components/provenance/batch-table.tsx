import { Text } from "@medusajs/ui"
import { adminUrl } from "../../lib/client"
import { formatCount, formatDate } from "../../lib/format"
import { t } from "../../lib/i18n"
import type { Batch, Page } from "../../lib/types"
import { BatchActionsMenu, type OpenBatchAction } from "./batch-actions"
import { BatchStatusBadge } from "./batch-status-badge"
import { PaginatedTable, type Column } from "./paginated-table"

function expiry(batch: Batch): string {
  return formatDate(batch.expires_at ?? batch.best_before)
}

const code: Column<Batch> = {
  key: "code",
  header: t.batch.code,
  render: (batch) => (
    <span className="whitespace-nowrap font-mono txt-compact-small">{batch.code}</span>
  ),
}

const product: Column<Batch> = {
  key: "product",
  header: t.batch.product,
  render: (batch) =>
    batch.product_variant ? (
      <div className="flex flex-col">
        <Text size="small" leading="compact">
          {batch.product_variant.product.title}
        </Text>
        <Text size="small" leading="compact" className="text-ui-fg-subtle">
          {batch.product_variant.title}
        </Text>
      </div>
    ) : (
      batch.variant_id
    ),
}

const variant: Column<Batch> = {
  key: "variant",
  header: t.batch.variant,
  render: (batch) => batch.product_variant?.title ?? batch.variant_id,
}

const workshop: Column<Batch> = {
  key: "workshop",
  header: t.batch.workshop,
  render: (batch) => (
    <div className="flex flex-col">
      <Text size="small" leading="compact">
        {batch.workshop.name}
      </Text>
      <Text size="small" leading="compact" className="text-ui-fg-subtle">
        {batch.workshop.facility.name}
      </Text>
    </div>
  ),
}

const rest: Column<Batch>[] = [
  {
    key: "quantity",
    header: t.batch.quantity,
    numeric: true,
    render: (batch) => formatCount(batch.quantity),
  },
  {
    key: "produced_at",
    header: t.batch.producedAt,
    render: (batch) => formatDate(batch.produced_at),
  },
  { key: "expiry", header: t.batch.expiry, render: expiry },
  {
    key: "status",
    header: t.batch.status,
    render: (batch) => <BatchStatusBadge status={batch.status} />,
  },
  {
    key: "label",
    header: "",
    // The label is a PDF the browser opens itself; the session cookie goes along.
    render: (batch) => (
      <a
        href={adminUrl(`/admin/batches/${batch.id}/label`)}
        target="_blank"
        rel="noopener noreferrer"
        className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small whitespace-nowrap"
      >
        {t.batch.label}
      </a>
    ),
  },
]

type BatchTableProps = {
  /** "product" leaves out what the product page already says. */
  context: "all" | "product"
  data: Page<"batches", Batch> | undefined
  isLoading: boolean
  error: Error | null
  pageIndex: number
  onPageChange: (pageIndex: number) => void
  onAction: (open: OpenBatchAction) => void
}

export function BatchTable({
  context,
  data,
  isLoading,
  error,
  pageIndex,
  onPageChange,
  onAction,
}: BatchTableProps) {
  const actions: Column<Batch> = {
    key: "actions",
    header: "",
    render: (batch) => <BatchActionsMenu batch={batch} onSelect={onAction} />,
  }
  const columns =
    context === "all"
      ? [code, product, workshop, ...rest, actions]
      : [code, variant, ...rest, actions]

  return (
    <PaginatedTable
      columns={columns}
      rows={data?.batches}
      rowKey={(batch) => batch.id}
      isLoading={isLoading}
      error={error}
      pagination={{ count: data?.count ?? 0, pageIndex, onPageChange }}
    />
  )
}

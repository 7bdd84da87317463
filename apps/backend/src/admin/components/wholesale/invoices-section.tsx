import { Button, Container, Text, clx, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { formatDay, formatRupiah } from "../../lib/format"
import { t } from "../../lib/i18n"
import { PAGE_SIZE } from "../../lib/queries"
import {
  INVOICE_FILTERS,
  useInvoices,
  useMarkInvoicePaid,
  type Invoice,
  type InvoiceFilter,
} from "../../lib/wholesale"
import { OptionSelect } from "../provenance/option-select"
import { PaginatedTable, type Column } from "../provenance/paginated-table"
import { SectionHeader } from "../provenance/section-header"
import { InvoiceStatusBadge } from "./status-badges"

/** Partner invoices, opening on the unpaid ones staff chase. */
export function InvoicesSection() {
  const [filter, setFilter] = useState<InvoiceFilter | "">("unpaid")
  const [pageIndex, setPageIndex] = useState(0)
  const invoices = useInvoices({ filter, offset: pageIndex * PAGE_SIZE })
  const markPaid = useMarkInvoicePaid()
  const prompt = usePrompt()

  const confirmPaid = async (invoice: Invoice) => {
    const confirmed = await prompt({
      title: t.invoice.markPaidTitle(invoice.number),
      description: t.invoice.markPaidDescription(
        formatRupiah(invoice.amount),
        invoice.business_name,
      ),
      confirmText: t.invoice.markPaid,
      cancelText: t.common.cancel,
      variant: "confirmation",
    })
    if (!confirmed) return
    markPaid.mutate(invoice.id, {
      onSuccess: () => toast.success(t.invoice.markedPaid(invoice.number)),
      onError: (error) => toast.error(error.message),
    })
  }

  const columns: Column<Invoice>[] = [
    {
      key: "number",
      header: t.invoice.number,
      render: (invoice) => (
        <span className="whitespace-nowrap font-mono">{invoice.number}</span>
      ),
    },
    { key: "shop", header: t.invoice.shop, render: (invoice) => invoice.business_name },
    {
      key: "order",
      header: t.invoice.order,
      render: (invoice) => (
        <Link
          to={`/orders/${invoice.order_id}`}
          className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small-plus"
        >
          #{invoice.order_display_id}
        </Link>
      ),
    },
    {
      key: "amount",
      header: t.invoice.amount,
      numeric: true,
      render: (invoice) => formatRupiah(invoice.amount),
    },
    {
      key: "issued_at",
      header: t.invoice.issuedAt,
      render: (invoice) => (
        <span className="whitespace-nowrap">{formatDay(invoice.issued_at)}</span>
      ),
    },
    {
      key: "due_at",
      header: t.invoice.dueAt,
      render: (invoice) => <DueDate invoice={invoice} />,
    },
    {
      key: "status",
      header: t.invoice.status,
      render: (invoice) => (
        <div className="flex flex-col items-start gap-y-1 py-2">
          <InvoiceStatusBadge invoice={invoice} />
          {invoice.paid_at && (
            <Text size="xsmall" className="text-ui-fg-subtle whitespace-nowrap">
              {t.invoice.paidAt(formatDay(invoice.paid_at))}
            </Text>
          )}
        </div>
      ),
    },
    {
      key: "actions",
      header: "",
      render: (invoice) =>
        invoice.status === "unpaid" && (
          <Button
            variant="transparent"
            size="small"
            className="whitespace-nowrap"
            disabled={markPaid.isPending && markPaid.variables === invoice.id}
            onClick={() => confirmPaid(invoice)}
          >
            {t.invoice.markPaid}
          </Button>
        ),
    },
  ]

  return (
    <Container className="divide-y p-0">
      <SectionHeader title={t.partners.invoicesTab}>
        <div className="w-48">
          <OptionSelect
            size="small"
            value={filter}
            onChange={(value) => {
              setFilter(value as InvoiceFilter | "")
              setPageIndex(0)
            }}
            allLabel={t.invoice.allInvoices}
            options={INVOICE_FILTERS.map((value) => ({
              value,
              label: t.invoice.filters[value],
            }))}
          />
        </div>
      </SectionHeader>
      <PaginatedTable
        columns={columns}
        rows={invoices.data?.invoices}
        rowKey={(invoice) => invoice.id}
        isLoading={invoices.isLoading}
        error={invoices.error}
        pagination={{
          count: invoices.data?.count ?? 0,
          pageIndex,
          onPageChange: setPageIndex,
        }}
      />
    </Container>
  )
}

/** Red while the invoice is unpaid past its due date; none when it was paid up front. */
function DueDate({ invoice }: { invoice: Invoice }) {
  if (!invoice.due_at) {
    return <span className="text-ui-fg-muted">{t.invoice.paidUpFront}</span>
  }
  const overdue = invoice.status === "unpaid" && invoice.overdue
  return (
    <span
      className={clx(
        "whitespace-nowrap",
        overdue && "text-ui-fg-error txt-compact-small-plus",
      )}
    >
      {formatDay(invoice.due_at)}
    </span>
  )
}

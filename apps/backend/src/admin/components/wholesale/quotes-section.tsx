import { Button, Container, Text } from "@medusajs/ui"
import { useState } from "react"
import { formatDateTime, formatDay, formatRupiah } from "../../lib/format"
import { t } from "../../lib/i18n"
import { PAGE_SIZE } from "../../lib/queries"
import { useSearchParam } from "../../lib/use-search-param"
import {
  QUOTE_STATUSES,
  useQuotes,
  type Quote,
  type QuoteStatus,
} from "../../lib/wholesale"
import { OptionSelect } from "../provenance/option-select"
import { PaginatedTable, type Column } from "../provenance/paginated-table"
import { SectionHeader } from "../provenance/section-header"
import { QuoteDrawer } from "./quote-drawer"
import { QuoteStatusBadge } from "./status-badges"

/** The quotes inbox, opening on the requests that wait for an answer. */
export function QuotesSection() {
  const [status, setStatus] = useState<QuoteStatus | "">("requested")
  const [pageIndex, setPageIndex] = useState(0)
  const [openId, setOpenId] = useSearchParam("quote")
  const quotes = useQuotes({ status, offset: pageIndex * PAGE_SIZE })

  const columns: Column<Quote>[] = [
    {
      key: "created_at",
      header: t.quote.requestedAt,
      render: (quote) => (
        <span className="whitespace-nowrap">{formatDateTime(quote.created_at)}</span>
      ),
    },
    {
      key: "shop",
      header: t.quote.shop,
      render: (quote) => quote.partner_shop.business_name,
    },
    {
      key: "items",
      header: t.quote.items,
      render: (quote) => (
        <Text size="small" leading="compact" className="max-w-xs truncate">
          {quote.items[0]
            ? t.quote.itemsSummary(quote.items[0].product_title, quote.items.length - 1)
            : "–"}
        </Text>
      ),
    },
    {
      key: "total",
      header: t.quote.total,
      numeric: true,
      render: (quote) => formatRupiah(quote.total),
    },
    {
      key: "valid_until",
      header: t.quote.validUntil,
      render: (quote) => (
        <span className="whitespace-nowrap">{formatDay(quote.valid_until)}</span>
      ),
    },
    {
      key: "status",
      header: t.quote.status,
      render: (quote) => <QuoteStatusBadge status={quote.status} />,
    },
    {
      key: "open",
      header: "",
      render: (quote) => (
        <Button variant="transparent" size="small" onClick={() => setOpenId(quote.id)}>
          {t.quote.open}
        </Button>
      ),
    },
  ]

  return (
    <Container className="divide-y p-0">
      <SectionHeader title={t.quote.inbox}>
        <div className="w-44">
          <OptionSelect
            size="small"
            value={status}
            onChange={(value) => {
              setStatus(value as QuoteStatus | "")
              setPageIndex(0)
            }}
            allLabel={t.quote.allStatuses}
            options={QUOTE_STATUSES.map((value) => ({
              value,
              label: t.quote.statuses[value],
            }))}
          />
        </div>
      </SectionHeader>
      <PaginatedTable
        columns={columns}
        rows={quotes.data?.quotes}
        rowKey={(quote) => quote.id}
        isLoading={quotes.isLoading}
        error={quotes.error}
        pagination={{
          count: quotes.data?.count ?? 0,
          pageIndex,
          onPageChange: setPageIndex,
        }}
      />
      {openId && <QuoteDrawer quoteId={openId} onClose={() => setOpenId(null)} />}
    </Container>
  )
}

import { Alert, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDateTime, formatDay, formatRupiah } from "../../lib/format"
import { t } from "../../lib/i18n"
import { canReply, useQuote, type QuoteDetail } from "../../lib/wholesale"
import { DetailDrawer } from "./detail-drawer"
import { DetailList } from "./detail-list"
import { QuoteItemLine } from "./quote-item-line"
import { QuoteReplyForm } from "./quote-reply-form"
import { QuoteThread } from "./quote-thread"
import { QuoteStatusBadge } from "./status-badges"

type QuoteDrawerProps = { quoteId: string; onClose: () => void }

/** One quote: its summary, the answer form while it is open, and the conversation. */
export function QuoteDrawer({ quoteId, onClose }: QuoteDrawerProps) {
  const quote = useQuote(quoteId)
  const current = quote.data?.quote

  return (
    <DetailDrawer
      title={
        current ? t.quote.drawerTitle(current.partner_shop.business_name) : t.quote.title
      }
      description={
        current ? t.quote.drawerDescription(formatDateTime(current.created_at)) : ""
      }
      onClose={onClose}
    >
      {quote.error ? (
        <Alert variant="error">{quote.error.message}</Alert>
      ) : !current ? (
        <Text size="small" className="text-ui-fg-muted">
          {t.common.loading}
        </Text>
      ) : (
        <>
          <QuoteSummary quote={current} />
          {canReply(current) ? (
            // Keyed by the last answer, so after sending the form shows what was kept.
            <QuoteReplyForm key={current.answered_at ?? "new"} quote={current} />
          ) : (
            <AnsweredItems quote={current} />
          )}
          <QuoteThread quote={current} />
        </>
      )}
    </DetailDrawer>
  )
}

function QuoteSummary({ quote }: { quote: QuoteDetail }) {
  return (
    <DetailList
      details={[
        { label: t.quote.status, value: <QuoteStatusBadge status={quote.status} /> },
        {
          label: t.quote.shop,
          value: (
            <Link
              to={`/partners?tab=shops&shop=${quote.partner_shop.id}`}
              className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
            >
              {quote.partner_shop.business_name}
            </Link>
          ),
        },
        { label: t.quote.partnerNotes, value: quote.notes },
        {
          label: t.quote.answeredAt,
          value: quote.answered_at && formatDateTime(quote.answered_at),
        },
        {
          label: t.quote.leadTime,
          value: quote.lead_time_days !== null && t.quote.days(quote.lead_time_days),
        },
        {
          label: t.quote.validUntil,
          value: quote.valid_until && formatDay(quote.valid_until),
        },
        {
          label: t.quote.total,
          value: quote.total !== null && formatRupiah(quote.total),
        },
        {
          label: t.quote.order,
          value: quote.order_id && (
            <Link
              to={`/orders/${quote.order_id}`}
              className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
            >
              {t.quote.order} →
            </Link>
          ),
        },
        { label: t.quote.partnerRejection, value: quote.rejection_reason },
      ]}
    />
  )
}

/** The items of a quote the partner has decided on, as they were priced. */
function AnsweredItems({ quote }: { quote: QuoteDetail }) {
  return (
    <section className="flex flex-col gap-y-3 border-t pt-4">
      <Heading level="h3">{t.quote.items}</Heading>
      <Alert variant="info">{t.quote.closed}</Alert>
      <ul className="flex flex-col gap-y-2">
        {quote.items.map((item) => (
          <QuoteItemLine
            key={item.id}
            item={item}
            price={
              <Text size="small" className="text-ui-fg-subtle tabular-nums">
                {t.quote.perUnit(formatRupiah(item.unit_price))}
              </Text>
            }
            subtotal={
              item.unit_price === null
                ? "–"
                : formatRupiah(item.unit_price * item.quantity)
            }
          />
        ))}
      </ul>
      {quote.total !== null && (
        <div className="flex justify-between">
          <Text size="small" weight="plus">
            {t.quote.total}
          </Text>
          <Text size="small" weight="plus" className="tabular-nums">
            {formatRupiah(quote.total)}
          </Text>
        </div>
      )}
    </section>
  )
}

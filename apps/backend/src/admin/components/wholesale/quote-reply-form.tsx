import { Alert, Button, Heading, Text, Textarea, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { formatRupiah } from "../../lib/format"
import { t } from "../../lib/i18n"
import { hasErrors, isBlank, parseWholeNumber } from "../../lib/validate"
import {
  runningTotal,
  useWholesaleWrite,
  WHOLESALE_LIMITS,
  type QuoteDetail,
  type ReplyBody,
} from "../../lib/wholesale"
import { FormField } from "../provenance/form-field"
import { WholeNumberInput, wholeNumberIn } from "../shipping-rates/whole-number-input"
import { QuoteItemLine } from "./quote-item-line"

type Values = {
  /** Unit price per item id, as typed. */
  prices: Record<string, string>
  lead_time_days: string
  valid_days: string
  message: string
}

type Errors = {
  prices: Record<string, string | undefined>
  lead_time_days?: string
  valid_days?: string
}

/** A whole rupiah amount of at least 1, or null. */
function unitPrice(value: string): number | null {
  const price = parseWholeNumber(value)
  return price !== null && price >= 1 ? price : null
}

/** Blank leaves the lead time to the server's suggestion. */
function leadTime(value: string): number | null | undefined {
  if (isBlank(value)) return undefined
  const days = parseWholeNumber(value)
  return days !== null && days >= 1 ? days : null
}

const validDays = (value: string) =>
  wholeNumberIn(value, 1, WHOLESALE_LIMITS.maxValidDays)

function initialValues(quote: QuoteDetail): Values {
  const days = quote.lead_time_days ?? quote.suggested_lead_time_days ?? null
  return {
    prices: Object.fromEntries(
      quote.items.map((item) => [
        item.id,
        item.unit_price === null ? "" : String(item.unit_price),
      ]),
    ),
    lead_time_days: days === null ? "" : String(days),
    valid_days: String(WHOLESALE_LIMITS.defaultValidDays),
    message: "",
  }
}

function validate(values: Values, quote: QuoteDetail): Errors {
  const errors: Errors = { prices: {} }
  for (const item of quote.items) {
    if (unitPrice(values.prices[item.id] ?? "") === null) {
      errors.prices[item.id] = t.quote.priceRange
    }
  }
  const days = leadTime(values.lead_time_days)
  if (days === null) errors.lead_time_days = t.common.positiveNumber
  else if (days === undefined && (quote.suggested_lead_time_days ?? null) === null) {
    errors.lead_time_days = t.common.required
  }
  if (validDays(values.valid_days) === null) errors.valid_days = t.quote.validRange
  return errors
}

const isValid = (errors: Errors) =>
  !hasErrors(errors.prices) && !errors.lead_time_days && !errors.valid_days

function toBody(values: Values, quote: QuoteDetail): ReplyBody {
  return {
    items: quote.items.map((item) => ({
      id: item.id,
      unit_price: unitPrice(values.prices[item.id] ?? "") ?? 0,
    })),
    lead_time_days: leadTime(values.lead_time_days) ?? undefined,
    valid_days: validDays(values.valid_days) ?? WHOLESALE_LIMITS.defaultValidDays,
    message: isBlank(values.message) ? undefined : values.message.trim(),
  }
}

/**
 * Answers a quote: a unit price for every item, the lead time (suggested from
 * the workshops' weekly capacity), how long the offer stands and a message.
 * Sending again while the partner has not decided replaces the answer.
 */
export function QuoteReplyForm({ quote }: { quote: QuoteDetail }) {
  const [values, setValues] = useState(() => initialValues(quote))
  const [submitted, setSubmitted] = useState(false)
  const reply = useWholesaleWrite<ReplyBody, { quote: QuoteDetail }>(
    `/admin/quotes/${quote.id}/reply`,
  )

  const errors: Errors = submitted ? validate(values, quote) : { prices: {} }
  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues((current) => ({ ...current, [key]: value }))
  const setPrice = (itemId: string) => (value: string) =>
    setValues((current) => ({
      ...current,
      prices: { ...current.prices, [itemId]: value },
    }))

  const priced = quote.items.map((item) => ({
    quantity: item.quantity,
    unit_price: unitPrice(values.prices[item.id] ?? ""),
  }))
  const { total, unpriced } = runningTotal(priced)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setSubmitted(true)
    if (!isValid(validate(values, quote))) return
    reply.mutate(toBody(values, quote), {
      onSuccess: () => toast.success(t.quote.replied),
    })
  }

  const suggestion = quote.suggested_lead_time_days ?? null

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-y-4 border-t pt-4">
      <div className="flex flex-col gap-y-1">
        <Heading level="h3">
          {quote.status === "answered" ? t.quote.replyAgain : t.quote.reply}
        </Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t.quote.replyHint}
        </Text>
      </div>
      <ul className="flex flex-col gap-y-2">
        {quote.items.map((item, index) => {
          const price = priced[index].unit_price
          return (
            <QuoteItemLine
              key={item.id}
              item={item}
              price={
                <WholeNumberInput
                  id={`quote-price-${item.id}`}
                  label={t.quote.unitPrice}
                  value={values.prices[item.id] ?? ""}
                  onChange={setPrice(item.id)}
                  error={errors.prices[item.id]}
                />
              }
              subtotal={price === null ? "–" : formatRupiah(price * item.quantity)}
            />
          )
        })}
      </ul>
      <div className="flex items-baseline justify-between gap-4" aria-live="polite">
        <div className="flex flex-col">
          <Text size="small" weight="plus">
            {t.quote.total}
          </Text>
          {unpriced > 0 && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t.quote.unpriced(unpriced)}
            </Text>
          )}
        </div>
        <Text size="large" weight="plus" className="tabular-nums">
          {formatRupiah(total)}
        </Text>
      </div>
      <div className="grid grid-cols-2 gap-4">
        <WholeNumberInput
          id="quote-lead-time"
          label={t.quote.leadTimeDays}
          hint={
            suggestion === null
              ? t.quote.leadTimeNoSuggestion
              : t.quote.leadTimeSuggested(suggestion)
          }
          value={values.lead_time_days}
          onChange={set("lead_time_days")}
          error={errors.lead_time_days}
        />
        <WholeNumberInput
          id="quote-valid-days"
          label={t.quote.validDays}
          hint={t.quote.validDaysHint}
          value={values.valid_days}
          onChange={set("valid_days")}
          error={errors.valid_days}
        />
      </div>
      <FormField
        id="quote-message"
        label={t.quote.message}
        hint={t.quote.messageHint}
        optional
      >
        <Textarea
          id="quote-message"
          rows={3}
          value={values.message}
          onChange={(event) => set("message")(event.target.value)}
        />
      </FormField>
      {reply.error && <Alert variant="error">{reply.error.message}</Alert>}
      {submitted && !isValid(errors) && (
        <Alert variant="warning">{t.common.fixErrors}</Alert>
      )}
      <div className="flex justify-end">
        <Button type="submit" size="small" isLoading={reply.isPending}>
          {t.quote.sendReply}
        </Button>
      </div>
    </form>
  )
}

import { Alert, Button, Heading, Text, Textarea, clx, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { formatDateTime } from "../../lib/format"
import { t } from "../../lib/i18n"
import { isBlank } from "../../lib/validate"
import { useWholesaleWrite, type QuoteDetail } from "../../lib/wholesale"
import { FormField } from "../provenance/form-field"

/** The messages between the partner and staff, oldest first, and a new one. */
export function QuoteThread({ quote }: { quote: QuoteDetail }) {
  return (
    <section className="flex flex-col gap-y-3 border-t pt-4">
      <Heading level="h3">{t.quote.thread}</Heading>
      {quote.messages.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted">
          {t.quote.noMessages}
        </Text>
      ) : (
        <ol className="flex flex-col gap-y-2">
          {quote.messages.map((message) => (
            <li
              key={message.id}
              className={clx(
                "flex flex-col gap-y-1 rounded-lg border p-3",
                message.author === "staff" ? "bg-ui-bg-subtle ml-8" : "mr-8",
              )}
            >
              <Text size="xsmall" className="text-ui-fg-subtle">
                <span className="txt-compact-xsmall-plus text-ui-fg-base">
                  {t.quote.authors[message.author] ?? message.author}
                </span>{" "}
                · {formatDateTime(message.created_at)}
              </Text>
              <Text size="small" className="whitespace-pre-line break-words">
                {message.body}
              </Text>
            </li>
          ))}
        </ol>
      )}
      <MessageForm quoteId={quote.id} />
    </section>
  )
}

function MessageForm({ quoteId }: { quoteId: string }) {
  const [body, setBody] = useState("")
  const [submitted, setSubmitted] = useState(false)
  const send = useWholesaleWrite<{ body: string }, { quote: QuoteDetail }>(
    `/admin/quotes/${quoteId}/messages`,
  )
  const error = submitted && isBlank(body) ? t.common.required : undefined

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setSubmitted(true)
    if (isBlank(body)) return
    send.mutate(
      { body: body.trim() },
      {
        onSuccess: () => {
          toast.success(t.quote.messageSent)
          setBody("")
          setSubmitted(false)
        },
      },
    )
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-y-3">
      <FormField id="quote-new-message" label={t.quote.newMessage} error={error}>
        <Textarea
          id="quote-new-message"
          rows={3}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          aria-invalid={Boolean(error)}
        />
      </FormField>
      {send.error && <Alert variant="error">{send.error.message}</Alert>}
      <div className="flex justify-end">
        <Button type="submit" size="small" variant="secondary" isLoading={send.isPending}>
          {t.quote.sendMessage}
        </Button>
      </div>
    </form>
  )
}

import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { formatCount } from "../../lib/format"
import { t } from "../../lib/i18n"
import type { QuoteItem } from "../../lib/wholesale"

type QuoteItemLineProps = {
  item: QuoteItem
  /** The unit price: its input while staff answer, else its amount. */
  price: ReactNode
  subtotal: string
}

/** One requested line: what, how many, the partner's note, its price and subtotal. */
export function QuoteItemLine({ item, price, subtotal }: QuoteItemLineProps) {
  return (
    <li className="flex flex-col gap-y-3 rounded-lg border p-3">
      <div className="flex items-start justify-between gap-4">
        <div className="flex min-w-0 flex-col">
          <Text size="small" leading="compact" weight="plus">
            {item.product_title}
          </Text>
          <Text size="small" leading="compact" className="text-ui-fg-subtle">
            {[item.variant_title, item.sku && `${t.quote.sku} ${item.sku}`]
              .filter(Boolean)
              .join(" · ")}
          </Text>
        </div>
        <Text size="small" weight="plus" className="whitespace-nowrap tabular-nums">
          {t.quote.quantity(formatCount(item.quantity))}
        </Text>
      </div>
      {item.note && (
        <Text size="small" className="text-ui-fg-subtle whitespace-pre-line italic">
          “{item.note}”
        </Text>
      )}
      <div className="grid grid-cols-[1fr_auto] items-end gap-4">
        <div>{price}</div>
        <Text size="small" weight="plus" className="tabular-nums text-right">
          {subtotal}
        </Text>
      </div>
    </li>
  )
}

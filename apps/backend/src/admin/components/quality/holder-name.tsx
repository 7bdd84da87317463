import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { t } from "../../lib/i18n"
import type { Holder } from "../../lib/quality-types"

/** A certificate's holder; a product links to its page, where its quality is shown. */
export function HolderName({ holder }: { holder: Holder }) {
  return (
    <div className="flex flex-col">
      {holder.type === "product" ? (
        <Link
          to={`/products/${holder.id}`}
          className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small"
        >
          {holder.name}
        </Link>
      ) : (
        <Text size="small" leading="compact">
          {holder.name}
        </Text>
      )}
      <Text size="small" leading="compact" className="text-ui-fg-subtle">
        {t.certificate.holderTypes[holder.type]}
      </Text>
    </div>
  )
}

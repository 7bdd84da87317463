import { iconProps } from "../../lib/icon-props"

/** A shop front with an awning, for the partner shops. */
export function PartnerShopIcon() {
  return (
    <svg {...iconProps}>
      <path d="M1.5 5.5 2.75 1.75h9.5L13.5 5.5" />
      <path d="M1.5 5.5c0 1.1.9 2 2 2s2-.9 2-2c0 1.1.9 2 2 2s2-.9 2-2c0 1.1.9 2 2 2s2-.9 2-2" />
      <path d="M2.5 7.25v6h10v-6" />
      <path d="M6 13.25v-3.5h3v3.5" />
    </svg>
  )
}

/** A folded sheet with lines, for the quotes inbox. */
export function QuoteIcon() {
  return (
    <svg {...iconProps}>
      <path d="M3.25 1.75h6l2.5 2.5v9h-8.5z" />
      <path d="M9.25 1.75v2.5h2.5" />
      <path d="M5.25 7h4.5" />
      <path d="M5.25 9.5h3" />
    </svg>
  )
}

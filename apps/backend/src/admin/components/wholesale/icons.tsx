import type { SVGProps } from "react"

/*
 * Sidebar icons drawn like the dashboard's own (15px, 1.5 stroke, current
 * colour): `@medusajs/icons` is not a dependency of the backend.
 */

const iconProps: SVGProps<SVGSVGElement> = {
  width: 15,
  height: 15,
  viewBox: "0 0 15 15",
  fill: "none",
  stroke: "currentColor",
  strokeWidth: 1.5,
  strokeLinecap: "round",
  strokeLinejoin: "round",
  "aria-hidden": true,
}

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

import { iconProps } from "../../lib/icon-props"

/** A taped parcel, for the fulfilment queue. */
export function FulfilmentIcon() {
  return (
    <svg {...iconProps}>
      <path d="M7.5 1.5 13 4.25v6.5L7.5 13.5 2 10.75v-6.5z" />
      <path d="M2 4.25 7.5 7 13 4.25" />
      <path d="M7.5 7v6.5" />
      <path d="m4.75 2.875 5.5 2.75v2" />
    </svg>
  )
}

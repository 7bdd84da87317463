import { iconProps } from "../../lib/icon-props"

/** Two people, one behind the other, for the staff accounts. */
export function StaffIcon() {
  return (
    <svg {...iconProps}>
      <circle cx="5.5" cy="4.75" r="2.25" />
      <path d="M1.5 13c0-2.2 1.8-4 4-4s4 1.8 4 4" />
      <path d="M9.75 2.6a2.25 2.25 0 0 1 0 4.3" />
      <path d="M11.25 9.25c1.3.6 2.25 2.05 2.25 3.75" />
    </svg>
  )
}

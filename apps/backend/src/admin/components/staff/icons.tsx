import type { SVGProps } from "react"

/*
 * Drawn like the dashboard's own sidebar icons (15px, 1.5 stroke, current
 * colour), as in `wholesale/icons.tsx`: `@medusajs/icons` is not a dependency
 * of the backend.
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

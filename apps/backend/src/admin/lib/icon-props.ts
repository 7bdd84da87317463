import type { SVGProps } from "react"

/*
 * Sidebar icons are drawn like the dashboard's own (15px, 1.5 stroke, current
 * colour): `@medusajs/icons` is not a dependency of the backend.
 */
export const iconProps: SVGProps<SVGSVGElement> = {
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

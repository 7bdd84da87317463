/*
 * Drawn like the dashboard's own sidebar icons (15px, 1.5 stroke, current
 * colour): `@medusajs/icons` is not a dependency of the backend.
 */

/** Rising bars on a baseline, for the impact dashboard. */
export function ImpactIcon() {
  return (
    <svg
      width={15}
      height={15}
      viewBox="0 0 15 15"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden
    >
      <path d="M1.75 13.25h11.5" />
      <path d="M3.25 13.25v-3.5h2v3.5" />
      <path d="M6.5 13.25v-6h2v6" />
      <path d="M9.75 13.25v-9.5h2v9.5" />
    </svg>
  )
}

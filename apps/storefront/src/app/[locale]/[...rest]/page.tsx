import { notFound } from "next/navigation"

// Any unknown path inside a locale answers 404 with the locale's own page.
export default function UnknownPage() {
  notFound()
}

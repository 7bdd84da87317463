import type { Metadata } from "next"
import type { ReactNode } from "react"

// A customer's pages are theirs alone: nothing here belongs in a search engine.
export const metadata: Metadata = {
  robots: { index: false, follow: false },
}

export default function AccountLayout({ children }: { children: ReactNode }) {
  return <>{children}</>
}

import type { Metadata } from "next"
import type { ReactNode } from "react"

import { SiteFooter } from "@/modules/layout/components/site-footer"
import { SiteHeader } from "@/modules/layout/components/site-header"

import "./globals.css"

export const metadata: Metadata = {
  title: {
    default: "Karya Warga Binaan",
    template: "%s · Karya Warga Binaan",
  },
  description:
    "Belanja kerajinan tangan, kuliner olahan, dan hasil bengkel kerja buatan warga binaan Rutan dan Lapas di Indonesia.",
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="id">
      <body>
        <SiteHeader />
        <main className="container">{children}</main>
        <SiteFooter />
      </body>
    </html>
  )
}

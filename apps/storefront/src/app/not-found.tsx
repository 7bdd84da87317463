import Link from "next/link"

import "./globals.css"

// Only for paths outside every locale; pages inside one use [locale]/not-found.tsx.
export default function GlobalNotFound() {
  return (
    <html lang="id">
      <body>
        <main className="container">
          <h1>Halaman tidak ditemukan · Page not found</h1>
          <p>
            <Link href="/">Beranda</Link> · <Link href="/en">Home</Link>
          </p>
        </main>
      </body>
    </html>
  )
}

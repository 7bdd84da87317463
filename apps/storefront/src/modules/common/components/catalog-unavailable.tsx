import type { CatalogUnavailableReason } from "@/lib/data/catalog-unavailable-error"

import styles from "./notice.module.css"

/** Shown only outside production: tells a developer what to fix without exposing it to buyers. */
const DEVELOPER_HINTS: Record<CatalogUnavailableReason, string> = {
  "missing-publishable-key":
    "NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY belum diatur untuk storefront.",
  "backend-unreachable":
    "Backend Medusa tidak dapat dihubungi. Periksa apakah backend berjalan dan NEXT_PUBLIC_MEDUSA_BACKEND_URL benar.",
  "backend-rejected":
    "Backend menolak permintaan. Periksa apakah publishable key valid dan terhubung ke sales channel.",
  "region-missing":
    "Belum ada region yang mencakup Indonesia (id). Jalankan seed backend.",
}

export function CatalogUnavailable({ reason }: { reason: CatalogUnavailableReason }) {
  return (
    <div className={styles.notice} role="status">
      <h2 className={styles.title}>Katalog belum dapat ditampilkan</h2>
      <p>
        Kami sedang tidak dapat memuat produk. Silakan muat ulang halaman ini beberapa
        saat lagi.
      </p>
      {process.env.NODE_ENV !== "production" && (
        <p className={styles.hint}>{DEVELOPER_HINTS[reason]}</p>
      )}
    </div>
  )
}

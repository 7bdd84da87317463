"use client"

import Link from "next/link"

import styles from "@/modules/common/components/notice.module.css"

export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return (
    <div className={styles.notice} role="alert">
      <h1 className={styles.title}>Maaf, terjadi kesalahan</h1>
      <p>
        Halaman ini tidak dapat dimuat saat ini. Silakan coba lagi beberapa saat lagi.
      </p>
      <div className={styles.actions}>
        <button type="button" onClick={() => retry()}>
          Coba lagi
        </button>
        <Link href="/">Kembali ke beranda</Link>
      </div>
    </div>
  )
}

import Link from "next/link"

import styles from "@/modules/common/components/notice.module.css"

export default function NotFound() {
  return (
    <div className={styles.notice}>
      <h1 className={styles.title}>Halaman tidak ditemukan</h1>
      <p>Halaman atau kategori yang Anda cari tidak ada atau sudah dipindahkan.</p>
      <div className={styles.actions}>
        <Link href="/produk">Lihat semua produk</Link>
        <Link href="/">Kembali ke beranda</Link>
      </div>
    </div>
  )
}

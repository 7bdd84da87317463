import Link from "next/link"

import styles from "./hero.module.css"

export function Hero() {
  return (
    <section className={styles.hero}>
      <h1 className={styles.title}>Karya nyata dari balik tembok</h1>
      <p className={styles.lead}>
        Kerajinan, makanan olahan, dan mebel di sini dibuat di bengkel kerja Rutan dan
        Lapas di seluruh Indonesia. Sebagian dari harga yang Anda bayar kembali kepada
        para pembuatnya sebagai premi, bekal untuk memulai hidup baru.
      </p>
      <Link href="/produk" className={styles.cta}>
        Lihat semua produk
      </Link>
    </section>
  )
}

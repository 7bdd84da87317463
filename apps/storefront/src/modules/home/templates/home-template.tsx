import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"

import type { Loaded } from "@/lib/data/catalog-unavailable-error"
import { CatalogUnavailable } from "@/modules/common/components/catalog-unavailable"
import { CategoryHighlights } from "@/modules/home/components/category-highlights"
import { Hero } from "@/modules/home/components/hero"
import { ProductGrid } from "@/modules/products/components/product-grid"

import styles from "./home-template.module.css"

export function HomeTemplate({
  featured,
}: {
  featured: Loaded<HttpTypes.StoreProduct[]>
}) {
  return (
    <div className={styles.home}>
      <Hero />
      <CategoryHighlights />
      <section aria-labelledby="produk-terbaru">
        <div className={styles.sectionHeader}>
          <h2 id="produk-terbaru">Produk terbaru</h2>
          <Link href="/produk">Lihat semua</Link>
        </div>
        <FeaturedProducts featured={featured} />
      </section>
    </div>
  )
}

function FeaturedProducts({ featured }: { featured: Loaded<HttpTypes.StoreProduct[]> }) {
  if (!featured.ok) {
    return <CatalogUnavailable reason={featured.reason} />
  }
  if (featured.data.length === 0) {
    return <p className={styles.empty}>Belum ada produk. Silakan kembali lagi nanti.</p>
  }
  return <ProductGrid products={featured.data} />
}

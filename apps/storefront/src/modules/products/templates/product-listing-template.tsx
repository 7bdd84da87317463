import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"

import type { CatalogUnavailableReason } from "@/lib/data/catalog-unavailable-error"
import { productListHref } from "@/lib/util/product-list-params"
import { CatalogUnavailable } from "@/modules/common/components/catalog-unavailable"
import { CategoryFilter } from "@/modules/products/components/category-filter"
import { Pagination } from "@/modules/products/components/pagination"
import { ProductGrid } from "@/modules/products/components/product-grid"

import styles from "./product-listing-template.module.css"

type Props = {
  products: HttpTypes.StoreProduct[]
  count: number
  page: number
  pageSize: number
  categories: HttpTypes.StoreProductCategory[]
  activeCategory?: HttpTypes.StoreProductCategory
}

export function ProductListingTemplate({
  products,
  count,
  page,
  pageSize,
  categories,
  activeCategory,
}: Props) {
  const pageCount = Math.max(1, Math.ceil(count / pageSize))
  const first = (page - 1) * pageSize + 1
  const last = first + products.length - 1

  return (
    <div className={styles.listing}>
      <header className={styles.header}>
        <h1>{activeCategory?.name ?? "Semua produk"}</h1>
        {activeCategory?.description && (
          <p className={styles.description}>{activeCategory.description}</p>
        )}
        <CategoryFilter categories={categories} activeHandle={activeCategory?.handle} />
      </header>

      <section aria-labelledby="daftar-produk">
        <h2 id="daftar-produk" className={styles.count}>
          {products.length > 0
            ? `Menampilkan ${first}–${last} dari ${count} produk`
            : `${count} produk`}
        </h2>

        {products.length > 0 ? (
          <>
            <ProductGrid products={products} />
            <Pagination
              page={page}
              pageCount={pageCount}
              category={activeCategory?.handle}
            />
          </>
        ) : (
          <div className={styles.empty}>
            {count > 0 ? (
              <p>
                Halaman ini kosong.{" "}
                <Link href={productListHref({ category: activeCategory?.handle })}>
                  Kembali ke halaman pertama
                </Link>
              </p>
            ) : (
              <p>Belum ada produk di sini. Silakan lihat kategori lain.</p>
            )}
          </div>
        )}
      </section>
    </div>
  )
}

export function ProductListingUnavailable({
  reason,
}: {
  reason: CatalogUnavailableReason
}) {
  return (
    <div className={styles.listing}>
      <h1>Produk</h1>
      <CatalogUnavailable reason={reason} />
    </div>
  )
}

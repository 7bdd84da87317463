import type { CatalogProduct } from "@/lib/util/product-catalog"

import { ProductCard } from "./product-card"
import styles from "./product-grid.module.css"

/**
 * `eagerCount` is how many cards a phone shows before scrolling when the grid
 * opens the page (listings): their images are the largest paint, so they are
 * preloaded and load first. Grids further down keep every image lazy.
 */
export function ProductGrid({
  products,
  eagerCount = 0,
}: {
  products: CatalogProduct[]
  eagerCount?: number
}) {
  return (
    <ul className={styles.grid}>
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} priority={index < eagerCount} />
        </li>
      ))}
    </ul>
  )
}

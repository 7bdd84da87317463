import type { CatalogProduct } from "@/lib/util/product-catalog"

import { ProductCard } from "./product-card"
import styles from "./product-grid.module.css"

export function ProductGrid({ products }: { products: CatalogProduct[] }) {
  return (
    <ul className={styles.grid}>
      {products.map((product) => (
        <li key={product.id}>
          <ProductCard product={product} />
        </li>
      ))}
    </ul>
  )
}

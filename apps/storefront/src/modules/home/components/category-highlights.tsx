import Link from "next/link"

import { productListHref } from "@/lib/util/product-list-params"

import styles from "./category-highlights.module.css"

/** Handles match the backend seed's categories; the copy here is the home page's own. */
const HIGHLIGHTED_CATEGORIES = [
  {
    handle: "kerajinan-tangan",
    name: "Kerajinan Tangan",
    summary: "Batik, rajutan, anyaman, dan hiasan kayu buatan tangan.",
  },
  {
    handle: "kuliner-olahan",
    name: "Kuliner Olahan",
    summary: "Camilan, sambal, kopi, dan kue dari bahan-bahan lokal.",
  },
  {
    handle: "hasil-bengkel-kerja",
    name: "Hasil Bengkel Kerja",
    summary: "Mebel kayu, perabot besi, dan perlengkapan rumah.",
  },
]

export function CategoryHighlights() {
  return (
    <section aria-labelledby="kategori-pilihan">
      <h2 id="kategori-pilihan">Jelajahi kategori</h2>
      <ul className={styles.list}>
        {HIGHLIGHTED_CATEGORIES.map((category) => (
          <li key={category.handle}>
            <Link
              className={styles.card}
              href={productListHref({ category: category.handle })}
            >
              <span className={styles.name}>{category.name}</span>
              <span className={styles.summary}>{category.summary}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}

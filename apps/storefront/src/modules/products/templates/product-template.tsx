import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"

import {
  canBeOrdered,
  orderableQuantity,
  primaryCategoryName,
  variantPrice,
} from "@/lib/util/product-summary"
import {
  AddToCartForm,
  type VariantChoice,
} from "@/modules/products/components/add-to-cart-form"
import { ProductGallery } from "@/modules/products/components/product-gallery"
import { productText as text } from "@/modules/products/text"

import styles from "./product-template.module.css"

function variantChoices(product: HttpTypes.StoreProduct): VariantChoice[] {
  return (product.variants ?? []).map((variant) => ({
    id: variant.id,
    title: variant.title ?? product.title,
    price: variantPrice(variant),
    available: orderableQuantity(variant),
    orderable: canBeOrdered(variant),
  }))
}

function paragraphs(description: string | null | undefined): string[] {
  return (description ?? "")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
}

export function ProductTemplate({ product }: { product: HttpTypes.StoreProduct }) {
  const category = primaryCategoryName(product)
  const description = paragraphs(product.description)

  return (
    <article className={styles.product}>
      <Link href="/produk" className={styles.back}>
        {text.allProducts}
      </Link>
      <div className={styles.layout}>
        <ProductGallery product={product} />
        <div className={styles.info}>
          {category && <p className={styles.category}>{category}</p>}
          <h1 className={styles.title}>{product.title}</h1>
          {product.subtitle && <p className={styles.subtitle}>{product.subtitle}</p>}
          <AddToCartForm variants={variantChoices(product)} />
          {description.length > 0 && (
            <section aria-labelledby="deskripsi-produk" className={styles.description}>
              <h2 id="deskripsi-produk">{text.description}</h2>
              {description.map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </section>
          )}
        </div>
      </div>
    </article>
  )
}

import {
  NextIntlClientProvider,
  useLocale,
  useMessages,
  useTranslations,
} from "next-intl"

import { Link } from "@/i18n/navigation"
import type { StoreProductWithProvenance } from "@/lib/util/product-catalog"
import { categoryHref } from "@/lib/util/product-list-params"
import { isShare, labelFacts } from "@/lib/util/product-quality"
import {
  canBeOrdered,
  cheapestPrice,
  orderableQuantity,
  variantPrice,
} from "@/lib/util/product-summary"
import {
  AddToCartForm,
  type VariantChoice,
} from "@/modules/products/components/add-to-cart-form"
import { MakersShare } from "@/modules/products/components/makers-share"
import { ProductGallery } from "@/modules/products/components/product-gallery"
import { ProductLabelFacts } from "@/modules/products/components/product-label-facts"
import { ProductProvenance } from "@/modules/products/components/product-provenance"
import { ProductQualitySummary } from "@/modules/products/components/product-quality-summary"

import styles from "./product-template.module.css"

function variantChoices(product: StoreProductWithProvenance): VariantChoice[] {
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

type Props = {
  product: StoreProductWithProvenance
  /** The moment certificates are judged at. */
  now: Date
}

export function ProductTemplate({ product, now }: Props) {
  const t = useTranslations("products.product")
  const messages = useMessages()
  const locale = useLocale()
  const category = product.categories?.[0]
  const description = paragraphs(product.description)
  const workshop = product.workshop
  const makersShareBps = workshop?.facility?.makers_share_bps

  return (
    <article className={styles.product}>
      <nav aria-label={t("breadcrumb")} className={styles.breadcrumb}>
        <ol>
          <li>
            <Link href="/">{t("home")}</Link>
          </li>
          <li>
            <Link href="/produk">{t("products")}</Link>
          </li>
          {category && (
            <li>
              <Link href={categoryHref(category.handle)}>{category.name}</Link>
            </li>
          )}
        </ol>
      </nav>

      <div className={styles.layout}>
        <ProductGallery product={product} />
        <div className={styles.info}>
          {category && <p className={styles.category}>{category.name}</p>}
          <h1 className={styles.title}>{product.title}</h1>
          {product.subtitle && <p className={styles.subtitle}>{product.subtitle}</p>}
          {/* The form runs in the browser: send it its own strings only. */}
          <NextIntlClientProvider
            locale={locale}
            messages={{ products: { product: messages.products.product } }}
          >
            <AddToCartForm variants={variantChoices(product)} />
          </NextIntlClientProvider>
          {isShare(makersShareBps) && (
            <MakersShare makersShareBps={makersShareBps} price={cheapestPrice(product)} />
          )}
        </div>
      </div>

      <div className={styles.details}>
        {description.length > 0 && (
          <section aria-labelledby="deskripsi-produk" className={styles.description}>
            <h2 id="deskripsi-produk">{t("description")}</h2>
            {description.map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </section>
        )}
        <ProductLabelFacts facts={labelFacts(product)} weight={product.weight} />
        {workshop && <ProductProvenance workshop={workshop} />}
        {product.product_quality && (
          <ProductQualitySummary quality={product.product_quality} now={now} />
        )}
      </div>
    </article>
  )
}

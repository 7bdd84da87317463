import { useTranslations } from "next-intl"

import { Link } from "@/i18n/navigation"
import type { WorkshopSummary } from "@/lib/data/catalog"
import type { Loaded } from "@/lib/data/catalog-unavailable-error"
import type { ImpactFigures as Figures } from "@/lib/data/facilities"
import type { CatalogProduct } from "@/lib/util/product-catalog"
import { CatalogUnavailable } from "@/modules/common/components/catalog-unavailable"
import { CategoryHighlights } from "@/modules/home/components/category-highlights"
import { Hero } from "@/modules/home/components/hero"
import { ImpactFigures } from "@/modules/home/components/impact-figures"
import { WorkshopHighlights } from "@/modules/home/components/workshop-highlights"
import { ProductGrid } from "@/modules/products/components/product-grid"

import styles from "./home-template.module.css"

type Props = {
  featured: Loaded<CatalogProduct[]>
  impact: Loaded<Figures>
  workshops: Loaded<WorkshopSummary[]>
}

export function HomeTemplate({ featured, impact, workshops }: Props) {
  const t = useTranslations("home.featured")
  return (
    <div className={styles.home}>
      <Hero />
      <CategoryHighlights />
      <section aria-labelledby="produk-terbaru">
        <div className={styles.sectionHeader}>
          <h2 id="produk-terbaru">{t("title")}</h2>
          <Link href="/produk">{t("seeAll")}</Link>
        </div>
        {!featured.ok ? (
          <CatalogUnavailable reason={featured.reason} />
        ) : featured.data.length === 0 ? (
          <p className={styles.empty}>{t("empty")}</p>
        ) : (
          <ProductGrid products={featured.data} />
        )}
      </section>
      <ImpactFigures impact={impact} />
      <WorkshopHighlights workshops={workshops} />
    </div>
  )
}

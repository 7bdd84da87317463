import { useTranslations } from "next-intl"

import { Link } from "@/i18n/navigation"
import type { Loaded } from "@/lib/data/catalog-unavailable-error"
import type { Facility, ImpactFigures as Figures } from "@/lib/data/facilities"
import type { CatalogProduct } from "@/lib/util/product-catalog"
import { ImpactFigures } from "@/modules/facilities/components/impact-figures"
import { ProductList } from "@/modules/facilities/components/product-list"
import { WorkshopList } from "@/modules/facilities/components/workshop-list"

import styles from "./facility-pages.module.css"

export function FacilityTemplate({
  facility,
  figures,
  products,
}: {
  facility: Facility
  figures: Figures | null
  products: Loaded<CatalogProduct[]>
}) {
  const t = useTranslations("facilities")
  return (
    <div className={styles.page}>
      <p className={styles.back}>
        <Link href="/fasilitas">← {t("facility.allFacilities")}</Link>
      </p>
      <header className={styles.intro}>
        <p className={styles.eyebrow}>{t("facility.eyebrow")}</p>
        <h1>{facility.name}</h1>
        <p className={styles.meta}>
          {t("location", { city: facility.city, province: facility.province })}
        </p>
        {facility.story && <p className={styles.lead}>{facility.story}</p>}
      </header>

      {figures && (
        <section aria-labelledby="figures-heading">
          <h2 id="figures-heading">{t("facility.figuresHeading")}</h2>
          <ImpactFigures figures={figures} />
        </section>
      )}

      <section aria-labelledby="workshops-heading">
        <h2 id="workshops-heading">{t("facility.workshopsHeading")}</h2>
        {facility.workshops.length === 0 ? (
          <p>{t("facility.noWorkshops")}</p>
        ) : (
          <WorkshopList workshops={facility.workshops} />
        )}
      </section>

      <section aria-labelledby="products-heading">
        <h2 id="products-heading">{t("facility.productsHeading")}</h2>
        <ProductList products={products} />
      </section>
    </div>
  )
}

import { useTranslations } from "next-intl"

import { Link } from "@/i18n/navigation"
import type { Loaded } from "@/lib/data/catalog-unavailable-error"
import type { Workshop } from "@/lib/data/facilities"
import type { CatalogProduct } from "@/lib/util/product-catalog"
import { Photo } from "@/modules/common/components/photo"
import { ProductList } from "@/modules/facilities/components/product-list"

import styles from "./facility-pages.module.css"

const PHOTO_WIDTH = 640
const PHOTO_HEIGHT = 427
// One column on a phone, then as many 16rem columns as fit a 72rem page.
const PHOTO_SIZES = "(min-width: 48rem) 24rem, 100vw"

export function WorkshopTemplate({
  workshop,
  products,
}: {
  workshop: Workshop
  products: Loaded<CatalogProduct[]>
}) {
  const t = useTranslations("facilities")
  const { facility } = workshop
  return (
    <div className={styles.page}>
      <header className={styles.intro}>
        <p className={styles.eyebrow}>{t("workshop.eyebrow")}</p>
        <h1>{workshop.name}</h1>
        {workshop.story && <p className={styles.lead}>{workshop.story}</p>}
      </header>

      <dl className={styles.facts}>
        <div>
          <dt>{t("workshop.craftType")}</dt>
          <dd>{workshop.craft_type}</dd>
        </div>
        <div>
          <dt>{t("workshop.makersLabel")}</dt>
          <dd>{t("makers", { count: workshop.maker_count })}</dd>
        </div>
        <div>
          <dt>{t("workshop.trainingLabel")}</dt>
          <dd>{t("trainingHours", { count: workshop.training_hours })}</dd>
        </div>
        <div>
          <dt>{t("workshop.facilityLabel")}</dt>
          <dd>
            <Link href={`/fasilitas/${encodeURIComponent(facility.handle)}`}>
              {facility.name}
            </Link>
            <span className={styles.meta}>
              {t("location", { city: facility.city, province: facility.province })}
            </span>
          </dd>
        </div>
      </dl>

      {workshop.photo_urls.length > 0 && (
        <ul className={styles.photos}>
          {workshop.photo_urls.map((url, index) => (
            <li key={url}>
              <Photo
                src={url}
                alt={t("workshop.photoAlt", { name: workshop.name, position: index + 1 })}
                width={PHOTO_WIDTH}
                height={PHOTO_HEIGHT}
                sizes={PHOTO_SIZES}
              />
            </li>
          ))}
        </ul>
      )}

      <section aria-labelledby="products-heading">
        <h2 id="products-heading">{t("workshop.productsHeading")}</h2>
        <ProductList products={products} />
      </section>
    </div>
  )
}

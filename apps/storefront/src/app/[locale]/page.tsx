import { connection } from "next/server"

import { listWorkshops } from "@/lib/data/catalog"
import { loadCatalog } from "@/lib/data/catalog-unavailable-error"
import { getImpact } from "@/lib/data/facilities"
import { listProducts } from "@/lib/data/products"
import { toCatalogProduct } from "@/lib/util/product-catalog"
import { spreadAcrossFacilities } from "@/modules/home/featured-workshops"
import { HomeTemplate } from "@/modules/home/templates/home-template"

const FEATURED_PRODUCT_COUNT = 8
const FEATURED_WORKSHOP_COUNT = 4
// Enough to choose a spread from; the backend answers at most 100.
const WORKSHOPS_TO_CHOOSE_FROM = 100

export default async function HomePage() {
  // Rendered per request so `next build` never needs the backend.
  await connection()
  const now = new Date()

  const [featured, impact, workshops] = await Promise.all([
    loadCatalog(async () => {
      const { products } = await listProducts({ limit: FEATURED_PRODUCT_COUNT })
      return products.map((product) => toCatalogProduct(product, now))
    }),
    loadCatalog(getImpact),
    loadCatalog(async () =>
      spreadAcrossFacilities(
        await listWorkshops(WORKSHOPS_TO_CHOOSE_FROM),
        FEATURED_WORKSHOP_COUNT,
      ),
    ),
  ])

  return <HomeTemplate featured={featured} impact={impact} workshops={workshops} />
}

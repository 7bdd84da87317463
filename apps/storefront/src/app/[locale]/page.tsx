import { connection } from "next/server"

import { loadCatalog } from "@/lib/data/catalog-unavailable-error"
import { listProducts } from "@/lib/data/products"
import { HomeTemplate } from "@/modules/home/templates/home-template"

const FEATURED_PRODUCT_COUNT = 8

export default async function HomePage() {
  // Rendered per request so `next build` never needs the backend.
  await connection()

  const featured = await loadCatalog(async () => {
    const { products } = await listProducts({ limit: FEATURED_PRODUCT_COUNT })
    return products
  })

  return <HomeTemplate featured={featured} />
}

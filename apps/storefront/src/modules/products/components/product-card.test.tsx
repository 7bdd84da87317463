import type { HttpTypes } from "@medusajs/types"
import { renderToStaticMarkup } from "react-dom/server"
import { describe, expect, it } from "vitest"

import { ProductCard } from "./product-card"

type VariantFixture = {
  amount: number
  inventory_quantity?: number
}

function productFixture(variants: VariantFixture[]): HttpTypes.StoreProduct {
  return {
    id: "prod_1",
    title: "Tas Anyaman Pandan",
    handle: "tas-anyaman-pandan",
    thumbnail: "http://localhost:9000/static/tas.jpg",
    categories: [{ id: "pcat_1", name: "Kerajinan Tangan", handle: "kerajinan-tangan" }],
    variants: variants.map((variant, index) => ({
      id: `variant_${index}`,
      allow_backorder: false,
      manage_inventory: variant.inventory_quantity !== undefined,
      inventory_quantity: variant.inventory_quantity,
      calculated_price: { calculated_amount: variant.amount, currency_code: "idr" },
    })),
  } as unknown as HttpTypes.StoreProduct
}

describe("ProductCard", () => {
  it("shows the cheapest variant price in rupiah, the category and an accessible thumbnail", () => {
    const html = renderToStaticMarkup(
      <ProductCard product={productFixture([{ amount: 175000 }, { amount: 150000 }])} />,
    )

    expect(html).toContain("Rp\u00a0150.000")
    expect(html).not.toContain("175.000")
    expect(html).toContain("Kerajinan Tangan")
    expect(html).toContain('alt="Tas Anyaman Pandan"')
    expect(html).toContain('loading="lazy"')
    expect(html).not.toContain("Stok habis")
  })

  it("marks the product out of stock when no variant has stock left", () => {
    const html = renderToStaticMarkup(
      <ProductCard
        product={productFixture([
          { amount: 85000, inventory_quantity: 0 },
          { amount: 95000, inventory_quantity: 0 },
        ])}
      />,
    )

    expect(html).toContain("Stok habis")
    expect(html).toContain("Rp\u00a085.000")
  })

  it("stays in stock while one variant still has stock", () => {
    const html = renderToStaticMarkup(
      <ProductCard
        product={productFixture([
          { amount: 85000, inventory_quantity: 0 },
          { amount: 95000, inventory_quantity: 3 },
        ])}
      />,
    )

    expect(html).not.toContain("Stok habis")
  })
})

describe("ProductCard link", () => {
  it("links the card to the product page by handle", () => {
    const html = renderToStaticMarkup(
      <ProductCard product={productFixture([{ amount: 150000 }])} />,
    )
    expect(html).toContain('href="/produk/tas-anyaman-pandan"')
  })
})

import sharp from "sharp"

import {
  CATEGORIES,
  FACILITIES,
  PRODUCTS,
  productImageSvg,
  productPhotoJpeg,
  validateCatalog,
  WORKSHOPS,
  workshopOf,
} from "."

describe("demo catalog", () => {
  it("is consistent: unique handles and SKUs, known facilities and categories, valid options", () => {
    expect(validateCatalog(PRODUCTS, FACILITIES)).toEqual([])
  })

  it("has at least 30 products, some in every category and at every facility", () => {
    expect(PRODUCTS.length).toBeGreaterThanOrEqual(30)
    expect(FACILITIES).toHaveLength(3)
    for (const category of CATEGORIES) {
      expect(
        PRODUCTS.filter((p) => p.category === category.handle).length,
      ).toBeGreaterThan(0)
    }
    for (const facility of FACILITIES) {
      expect(
        PRODUCTS.filter((p) => p.facility === facility.handle).length,
      ).toBeGreaterThan(0)
    }
  })

  it("prices every variant in whole rupiah and weighs every product in grams", () => {
    for (const product of PRODUCTS) {
      expect(Number.isInteger(product.weight) && product.weight > 0).toBe(true)
      for (const variant of product.variants) {
        expect(Number.isInteger(variant.price) && variant.price >= 1000).toBe(true)
      }
    }
  })

  it("draws every product the same way each time, without reaching outside the picture", () => {
    const product = {
      title: "Kursi Makan Jati",
      category: "hasil-bengkel-kerja" as const,
      handle: "kursi-uji",
    }
    const svg = productImageSvg(product)
    expect(svg.startsWith("<svg")).toBe(true)
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"')
    expect(svg).not.toMatch(/href="http/)
    expect(productImageSvg(product)).toEqual(svg)
    expect(productImageSvg({ ...product, handle: "kursi-lain" })).not.toEqual(svg)
  })

  it("uploads a photo-sized JPEG per product, the same bytes for the same product", async () => {
    const product = PRODUCTS[0]
    const photo = await productPhotoJpeg(product)
    const { format, width, height } = await sharp(photo).metadata()
    expect({ format, width, height }).toEqual({ format: "jpeg", width: 1200, height: 1200 })
    expect(photo.length).toBeGreaterThan(50_000)
    expect(photo.length).toBeLessThan(400_000)
    expect((await productPhotoJpeg(product)).equals(photo)).toBe(true)
  })
})

describe("demo workshops", () => {
  it("make every product, each at a seeded facility, counted but never named", () => {
    for (const product of PRODUCTS) {
      expect(workshopOf(product).facility).toEqual(product.facility)
    }
    const handles = WORKSHOPS.map((w) => w.handle)
    expect(new Set(handles).size).toEqual(handles.length)
    for (const workshop of WORKSHOPS) {
      expect(FACILITIES.map((f) => f.handle)).toContain(workshop.facility)
      expect(workshop.maker_count).toBeGreaterThan(0)
      expect(Object.keys(workshop).sort()).toEqual(
        [
          "category",
          "craft_type",
          "facility",
          "handle",
          "maker_count",
          "name",
          "story",
          "training_hours",
        ].sort(),
      )
    }
  })
})

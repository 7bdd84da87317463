import { MedusaError } from "@medusajs/framework/utils"
import { allOf, compileFilter } from "./filters"

describe("compileFilter", () => {
  it("compiles nothing to nothing, and skips the free-text query", () => {
    expect(compileFilter(undefined)).toBeUndefined()
    expect(compileFilter({})).toBeUndefined()
    expect(compileFilter({ q: "kursi jati" })).toBeUndefined()
  })

  it("compares bare values by their type", () => {
    expect(compileFilter({ handle: "kursi-jati" })).toBe('handle = "kursi-jati"')
    expect(compileFilter({ price: 150000 })).toBe("price = 150000")
    expect(compileFilter({ halal: true })).toBe("halal = true")
    expect(compileFilter({ halal: false, in_stock: true })).toBe(
      "halal = false AND in_stock = true",
    )
  })

  it("reads an array of values as any of them", () => {
    expect(compileFilter({ id: ["prod_1", "prod_2"] })).toBe('id IN ["prod_1", "prod_2"]')
    expect(compileFilter({ category_handles: [] })).toBe("category_handles IN []")
  })

  it("quotes strings holding quotes and backslashes", () => {
    expect(compileFilter({ title: 'Meja "jati" 120cm' })).toBe(
      'title = "Meja \\"jati\\" 120cm"',
    )
    expect(compileFilter({ sku: "A\\B" })).toBe('sku = "A\\\\B"')
    expect(compileFilter({ title: '" OR halal = true OR title = "' })).toBe(
      'title = "\\" OR halal = true OR title = \\""',
    )
  })

  it("quotes attribute names Meilisearch would not read bare", () => {
    expect(compileFilter({ "nama produk": "tas" })).toBe('"nama produk" = "tas"')
    expect(compileFilter({ "variants.sku": "TAS-01" })).toBe('variants.sku = "TAS-01"')
  })

  it("compiles every operator", () => {
    expect(compileFilter({ status: { $eq: "published" } })).toBe('status = "published"')
    expect(compileFilter({ status: { $ne: "draft" } })).toBe('status != "draft"')
    expect(compileFilter({ status: { $in: ["a", "b"] } })).toBe('status IN ["a", "b"]')
    expect(compileFilter({ status: { $nin: ["a", "b"] } })).toBe(
      'NOT status IN ["a", "b"]',
    )
    expect(compileFilter({ price: { $lt: 10 } })).toBe("price < 10")
    expect(compileFilter({ price: { $lte: 10 } })).toBe("price <= 10")
    expect(compileFilter({ price: { $gt: 10 } })).toBe("price > 10")
    expect(compileFilter({ price: { $gte: 10 } })).toBe("price >= 10")
    expect(compileFilter({ price: { $gte: 10000, $lt: 50000 } })).toBe(
      "(price >= 10000 AND price < 50000)",
    )
    expect(compileFilter({ tags: { $contains: ["rotan", "anyaman"] } })).toBe(
      '(tags = "rotan" AND tags = "anyaman")',
    )
    expect(compileFilter({ tags: { $contains: "rotan" } })).toBe('tags = "rotan"')
    expect(compileFilter({ tags: { $overlaps: ["rotan", "jati"] } })).toBe(
      'tags IN ["rotan", "jati"]',
    )
  })

  it("treats a missing or null value as absent", () => {
    expect(compileFilter({ expires_at: { $exists: true } })).toBe(
      "(expires_at EXISTS AND expires_at IS NOT NULL)",
    )
    expect(compileFilter({ expires_at: { $exists: false } })).toBe(
      "(expires_at NOT EXISTS OR expires_at IS NULL)",
    )
    expect(compileFilter({ expires_at: null })).toBe(
      "(expires_at NOT EXISTS OR expires_at IS NULL)",
    )
    expect(compileFilter({ expires_at: { $ne: null } })).toBe(
      "(expires_at EXISTS AND expires_at IS NOT NULL)",
    )
    expect(compileFilter({ workshop_id: ["ws_1", null] })).toBe(
      '(workshop_id IN ["ws_1"] OR (workshop_id NOT EXISTS OR workshop_id IS NULL))',
    )
  })

  it("turns dates into the epoch milliseconds they are stored as", () => {
    const since = new Date("2026-01-01T00:00:00.000Z")
    expect(compileFilter({ created_at: { $gte: since } })).toBe(
      `created_at >= ${since.getTime()}`,
    )
    expect(
      compileFilter(
        { created_at: { $lt: "2026-01-01T00:00:00.000Z" } },
        { dateFields: new Set(["created_at"]) },
      ),
    ).toBe(`created_at < ${since.getTime()}`)
    expect(() =>
      compileFilter({ created_at: "kemarin" }, { dateFields: new Set(["created_at"]) }),
    ).toThrow(/date field "created_at"/)
  })

  it("nests $and, $or and $not", () => {
    expect(
      compileFilter({
        halal: true,
        $or: [{ category_handles: "kuliner" }, { price: { $lt: 25000 } }],
      }),
    ).toBe('halal = true AND ((category_handles = "kuliner") OR (price < 25000))')
    expect(
      compileFilter({
        $and: [{ in_stock: true }, { $or: [{ a: 1 }, { b: 2 }] }],
        $not: { status: "draft" },
      }),
    ).toBe('((in_stock = true) AND (((a = 1) OR (b = 2)))) AND NOT (status = "draft")')
    expect(compileFilter({ $or: [{ a: 1 }] })).toBe("(a = 1)")
    expect(compileFilter({ $or: [] })).toBeUndefined()
  })

  it("reads nested objects as dotted paths", () => {
    expect(compileFilter({ variants: { sku: "TAS-01", stock: { $gt: 0 } } })).toBe(
      'variants.sku = "TAS-01" AND variants.stock > 0',
    )
  })

  it("rejects $prefix and $like by name", () => {
    for (const operator of ["$prefix", "$like"]) {
      let caught: unknown
      try {
        compileFilter({ title: { [operator]: "kur" } })
      } catch (error) {
        caught = error
      }
      expect(caught).toBeInstanceOf(MedusaError)
      expect((caught as MedusaError).type).toBe(MedusaError.Types.INVALID_DATA)
      expect((caught as MedusaError).message).toContain(`"${operator}"`)
    }
  })

  it("rejects what it cannot express", () => {
    expect(() => compileFilter({ price: { $gt: null } })).toThrow(/needs a number/)
    expect(() => compileFilter({ price: { $in: "a" as never } })).toThrow(
      /array of values/,
    )
    expect(() => compileFilter({ price: { $between: [1, 2] } as never })).toThrow(
      /Unknown filter operator "\$between"/,
    )
    expect(() => compileFilter({ price: { $gt: 1, currency: "idr" } as never })).toThrow(
      /mixes operators/,
    )
    expect(() => compileFilter({ price: Number.NaN })).toThrow(/finite number/)
  })
})

describe("allOf", () => {
  it("joins present expressions with AND", () => {
    expect(allOf(undefined, undefined)).toBeUndefined()
    expect(allOf("a = 1", undefined)).toBe("a = 1")
    expect(allOf("a = 1 OR b = 2", "c = 3")).toBe("(a = 1 OR b = 2) AND (c = 3)")
  })
})

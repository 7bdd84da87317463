import type { SoonExpiringBatch } from "../../../lib/expiring-batches"
import type { LowStockVariant, StockWatchReport } from "./find-stock-watch-reports"
import { jakartaDate, stockWatchNotification } from "./stock-watch-message"

const settings = {
  now: new Date("2026-12-01T18:30:00Z"),
  low_stock_threshold: 5,
  expiry_days: 14,
}

const lowStock = (index: number): LowStockVariant => ({
  variant_id: `variant_${index}`,
  sku: `SKU-${index}`,
  product_title: `Produk ${index}`,
  variant_title: "Standar",
  available: index % 6,
})

const batch: SoonExpiringBatch = {
  batch_id: "pbat_1",
  code: "K7XQ2M",
  variant_id: "variant_b",
  product_title: "Abon Ikan Tongkol",
  variant_title: "Original",
  workshop_name: "Dapur Olahan Rutan Bengkulu",
  facility_id: "fac_1",
  facility_name: "Rutan Kelas IIB Bengkulu",
  expires_at: new Date("2026-12-06T03:00:00Z"),
  best_before: null,
  due_at: new Date("2026-12-06T03:00:00Z"),
  units_left: 12,
}

const report = (overrides: Partial<StockWatchReport>): StockWatchReport => ({
  facility_id: "fac_1",
  facility_name: "Rutan Kelas IIB Bengkulu",
  low_stock: [],
  expiring: [],
  ...overrides,
})

describe("stockWatchNotification", () => {
  it("names both lists for the facility, keyed by facility and Jakarta day", () => {
    const notification = stockWatchNotification(
      report({ low_stock: [lowStock(3)], expiring: [batch] }),
      settings,
    )
    expect(notification).toMatchObject({
      channel: "feed",
      template: "admin-ui",
      resource_id: "fac_1",
      // 18:30 UTC is already the next morning in Jakarta.
      idempotency_key: "stock-watch-fac_1-2026-12-02",
      data: {
        title: "Stok menipis dan kedaluwarsa — Rutan Kelas IIB Bengkulu",
        facility_id: "fac_1",
      },
    })
    expect(notification.data.description).toBe(
      "Stok menipis (≤ 5 unit, 1 varian): Produk 3 — Standar: 3 unit. " +
        "Kedaluwarsa dalam 14 hari (1 batch): Abon Ikan Tongkol — Original, batch K7XQ2M: 12 unit, kedaluwarsa 6 Des 2026.",
    )
  })

  it("names ten items of a list and counts the rest", () => {
    const items = Array.from({ length: 13 }, (_, index) => lowStock(index))
    const { data } = stockWatchNotification(report({ low_stock: items }), settings)
    expect(data.title).toBe("Stok menipis — Rutan Kelas IIB Bengkulu")
    expect(data.description).toContain("Produk 9 — Standar")
    expect(data.description).not.toContain("Produk 10 —")
    expect(data.description).toMatch(/; dan 3 lainnya\.$/)
  })

  it("says when a batch is only past its best-before date", () => {
    const bestBefore = {
      ...batch,
      expires_at: new Date("2027-03-01T00:00:00Z"),
      best_before: batch.due_at,
    }
    const { data } = stockWatchNotification(report({ expiring: [bestBefore] }), settings)
    expect(data.title).toBe("Segera kedaluwarsa — Rutan Kelas IIB Bengkulu")
    expect(data.description).toContain("baik digunakan sebelum 6 Des 2026")
  })
})

describe("jakartaDate", () => {
  it("is the calendar day in UTC+7", () => {
    expect(jakartaDate(new Date("2026-12-01T16:59:59Z"))).toBe("2026-12-01")
    expect(jakartaDate(new Date("2026-12-01T17:00:00Z"))).toBe("2026-12-02")
  })
})

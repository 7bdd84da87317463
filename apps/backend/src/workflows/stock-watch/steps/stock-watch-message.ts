import type { SoonExpiringBatch } from "../../../lib/expiring-batches"
import type {
  LowStockVariant,
  StockWatchReport,
  StockWatchSettings,
} from "./find-stock-watch-reports"

/** Items named per list in a notification; the rest are counted. */
export const STOCK_WATCH_LIST_LIMIT = 10

const TIME_ZONE = "Asia/Jakarta"

const isoDay = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE })
const shownDay = new Intl.DateTimeFormat("id-ID", {
  timeZone: TIME_ZONE,
  day: "numeric",
  month: "short",
  year: "numeric",
})

/** The calendar day in Jakarta (YYYY-MM-DD): staff's day, which the watch reports once per. */
export function jakartaDate(at: Date): string {
  return isoDay.format(at)
}

function listed<T>(items: T[], describe: (item: T) => string): string {
  const named = items.slice(0, STOCK_WATCH_LIST_LIMIT).map(describe).join("; ")
  const rest = items.length - STOCK_WATCH_LIST_LIMIT
  return rest > 0 ? `${named}; dan ${rest} lainnya` : named
}

function variantName(product: string | null, variant: string | null): string {
  return [product, variant].filter(Boolean).join(" — ")
}

function lowStockLine(item: LowStockVariant): string {
  return `${variantName(item.product_title, item.variant_title)}: ${item.available} unit`
}

function expiringLine(batch: SoonExpiringBatch): string {
  const name = variantName(batch.product_title, batch.variant_title)
  // Dates may arrive as strings once the workflow engine has stored the step's result.
  const dueAt = new Date(batch.due_at)
  const what =
    batch.expires_at && new Date(batch.expires_at).getTime() === dueAt.getTime()
      ? "kedaluwarsa"
      : "baik digunakan sebelum"
  return `${name ? `${name}, ` : ""}batch ${batch.code}: ${batch.units_left} unit, ${what} ${shownDay.format(dueAt)}`
}

function title(report: StockWatchReport): string {
  const topic =
    report.low_stock.length && report.expiring.length
      ? "Stok menipis dan kedaluwarsa"
      : report.low_stock.length
        ? "Stok menipis"
        : "Segera kedaluwarsa"
  return `${topic} — ${report.facility_name}`
}

/**
 * The admin feed notification for one facility's report. Its idempotency key
 * is the facility and the Jakarta day, so a rerun that day posts nothing again.
 */
export function stockWatchNotification(
  report: StockWatchReport,
  settings: StockWatchSettings,
) {
  const sections = [
    report.low_stock.length &&
      `Stok menipis (≤ ${settings.low_stock_threshold} unit, ${report.low_stock.length} varian): ${listed(report.low_stock, lowStockLine)}`,
    report.expiring.length &&
      `Kedaluwarsa dalam ${settings.expiry_days} hari (${report.expiring.length} batch): ${listed(report.expiring, expiringLine)}`,
  ].filter(Boolean)
  return {
    to: "",
    channel: "feed",
    template: "admin-ui",
    trigger_type: "stock-watch",
    resource_type: "facility",
    resource_id: report.facility_id,
    idempotency_key: `stock-watch-${report.facility_id}-${jakartaDate(new Date(settings.now))}`,
    data: {
      title: title(report),
      description: `${sections.join(". ")}.`,
      facility_id: report.facility_id,
    },
  }
}

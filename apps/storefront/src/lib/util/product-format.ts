import { formatRupiah } from "@/lib/money"

/** Intl locale tags for the storefront's locales; Indonesian formats as id-ID. */
function intlLocale(locale: string): string {
  return locale === "id" ? "id-ID" : locale
}

/**
 * A shipping weight in grams as a buyer reads it: grams below a kilogram, kilograms
 * with at most one decimal from there ("1,5 kg" in Indonesian, "1.5 kg" in English).
 */
export function formatWeight(grams: number, locale: string): string | null {
  if (!Number.isFinite(grams) || grams <= 0) {
    return null
  }
  const kilograms = grams >= 1000
  return new Intl.NumberFormat(intlLocale(locale), {
    style: "unit",
    unit: kilograms ? "kilogram" : "gram",
    unitDisplay: "short",
    maximumFractionDigits: kilograms ? 1 : 0,
  }).format(kilograms ? grams / 1000 : grams)
}

/** A price span of variants: one price when they agree, else "Rp 25.000 – Rp 45.000". */
export function formatPriceRange(prices: number[]): string | null {
  const finite = prices.filter(Number.isFinite)
  if (finite.length === 0) {
    return null
  }
  const low = Math.min(...finite)
  const high = Math.max(...finite)
  return low === high ? formatRupiah(low) : `${formatRupiah(low)} – ${formatRupiah(high)}`
}

export function formatPercent(fraction: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: "percent",
    maximumFractionDigits: 1,
  }).format(fraction)
}

/** Counts with the locale's grouping: "1.234" in Indonesian, "1,234" in English. */
export function formatCount(count: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(count)
}

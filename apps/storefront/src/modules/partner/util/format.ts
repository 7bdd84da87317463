export type PriceTier = {
  min_quantity: number
  max_quantity: number | null
  amount: number
}

/**
 * The quantities a tier price holds for, as a price list prints them: "≥ 24" when it has
 * no upper bound, "12–23" for a range, "12" for a single quantity.
 */
export function tierQuantityLabel(
  tier: Pick<PriceTier, "min_quantity" | "max_quantity">,
) {
  const min = Math.max(1, tier.min_quantity)
  if (tier.max_quantity === null || tier.max_quantity === undefined) {
    return `≥ ${min}`
  }
  return tier.max_quantity <= min ? `${min}` : `${min}–${tier.max_quantity}`
}

/** Tiers from the smallest quantity up, as a buyer reads a price list. */
export function sortTiers<Tier extends PriceTier>(tiers: readonly Tier[]): Tier[] {
  return [...tiers].sort((a, b) => a.min_quantity - b.min_quantity || a.amount - b.amount)
}

/**
 * An NPWP as it is printed. The backend stores digits only: the 15-digit number reads
 * "01.234.567.8-901.000"; the 16-digit one (the NIK-based format) is printed as is.
 */
export function formatNpwp(npwp: string): string {
  const digits = npwp.replace(/\D/g, "")
  const old = /^(\d{2})(\d{3})(\d{3})(\d)(\d{3})(\d{3})$/.exec(digits)
  return old ? `${old[1]}.${old[2]}.${old[3]}.${old[4]}-${old[5]}.${old[6]}` : npwp
}

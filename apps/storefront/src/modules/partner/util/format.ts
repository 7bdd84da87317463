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

// Pure money arithmetic of the impact ledger. Amounts are whole rupiah (IDR has no minor
// unit); products like amount * bps can exceed 2^53, so the arithmetic runs on BigInt.

export type Shares = {
  makers_bps: number
  capital_bps: number
  state_revenue_bps: number
}
export type SplitAmounts = { makers: number; capital: number; state_revenue: number }

export type BatchAvailability = { batch_id: string; available: number }
export type LinePortion = { batch_id: string | null; quantity: number; amount: number }

const TOTAL_BPS = 10000

function assertSafeInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${name} must be a safe integer, got ${value}`)
  }
}

function assertNonNegativeInteger(value: number, name: string): void {
  assertSafeInteger(value, name)
  if (value < 0) {
    throw new RangeError(`${name} must not be negative, got ${value}`)
  }
}

/** Throws RangeError unless each share is an integer >= 0 and they sum to 10000. */
export function assertValidShares(shares: Shares): void {
  const parts = [
    ["makers_bps", shares.makers_bps],
    ["capital_bps", shares.capital_bps],
    ["state_revenue_bps", shares.state_revenue_bps],
  ] as const
  for (const [name, bps] of parts) {
    assertNonNegativeInteger(bps, name)
  }
  const sum = shares.makers_bps + shares.capital_bps + shares.state_revenue_bps
  if (sum !== TOTAL_BPS) {
    throw new RangeError(`shares must sum to ${TOTAL_BPS} basis points, got ${sum}`)
  }
}

/** Splits a whole-rupiah amount (may be negative, for reversals) by the shares with the
 *  largest-remainder method: each part is floor(amount*bps/10000) (toward zero for negatives,
 *  i.e. split the absolute value and negate), the leftover rupiah go one each to the parts
 *  with the largest fractional remainder (ties: makers, then capital, then state_revenue).
 *  makers + capital + state_revenue === amount, always. */
export function splitByShares(amount: number, shares: Shares): SplitAmounts {
  assertSafeInteger(amount, "amount")
  assertValidShares(shares)
  // Array order makers, capital, state_revenue gives apportion's tie-break for free.
  const [makers, capital, state_revenue] = apportion(amount, [
    shares.makers_bps,
    shares.capital_bps,
    shares.state_revenue_bps,
  ])
  return { makers, capital, state_revenue }
}

/** Apportions a whole-rupiah `total` across `weights` (non-negative integers, at least one > 0)
 *  proportionally, with the largest-remainder method (ties: earlier index first). The result
 *  has the same length as weights, each part is an integer, parts sum exactly to total, and a
 *  zero weight gets 0. Works for negative totals by symmetry. */
export function apportion(total: number, weights: number[]): number[] {
  assertSafeInteger(total, "total")
  weights.forEach((weight, index) =>
    assertNonNegativeInteger(weight, `weights[${index}]`),
  )
  const weightSum = weights.reduce((sum, weight) => sum + BigInt(weight), 0n)
  if (weightSum === 0n) {
    throw new RangeError("weights must contain at least one positive weight")
  }

  // Splitting the absolute value and negating keeps a reversal the exact mirror of the
  // original entry, so an order and its full refund cancel part by part.
  const sign = total < 0 ? -1n : 1n
  const magnitude = BigInt(total) * sign
  const quotients = weights.map((weight) => (magnitude * BigInt(weight)) / weightSum)
  const remainders = weights.map((weight) => (magnitude * BigInt(weight)) % weightSum)
  let leftover = magnitude - quotients.reduce((sum, part) => sum + part, 0n)

  // leftover < number of positive remainders, so a zero weight (remainder 0) never gets one.
  const order = weights
    .map((_, index) => index)
    .sort((a, b) => {
      if (remainders[a] !== remainders[b]) return remainders[a] > remainders[b] ? -1 : 1
      return a - b
    })
  for (const index of order) {
    if (leftover === 0n) break
    quotients[index] += 1n
    leftover -= 1n
  }

  // Each |part| <= |total|, so converting back to number is exact; `+ 0` turns -0 into 0.
  return quotients.map((part) => Number(part * sign) + 0)
}

/** Attributes a sold order line (quantity units, line total in rupiah) to production batches in the
 *  given order (the caller sorts them first-expiry-first-out): take min(available, remaining) units
 *  from each batch in turn (skip batches with available <= 0); any units no batch can cover form a
 *  final portion with batch_id null. Then apportion the line total across the portions by their
 *  quantities (use `apportion`). Portions with quantity 0 are omitted. Quantities sum to the line
 *  quantity and amounts sum exactly to the line total. quantity must be a positive integer, total a
 *  non-negative integer, otherwise RangeError. */
export function attributeLineToBatches(
  line: { quantity: number; total: number },
  batches: BatchAvailability[],
): LinePortion[] {
  assertNonNegativeInteger(line.quantity, "line.quantity")
  if (line.quantity === 0) {
    throw new RangeError("line.quantity must be positive, got 0")
  }
  assertNonNegativeInteger(line.total, "line.total")

  const portions: { batch_id: string | null; quantity: number }[] = []
  let uncovered = line.quantity
  for (const batch of batches) {
    if (uncovered === 0) break
    // Units are whole items; a fractional availability means corrupt stock data upstream.
    assertSafeInteger(batch.available, `available of batch ${batch.batch_id}`)
    if (batch.available <= 0) continue
    const taken = Math.min(batch.available, uncovered)
    portions.push({ batch_id: batch.batch_id, quantity: taken })
    uncovered -= taken
  }
  if (uncovered > 0) {
    portions.push({ batch_id: null, quantity: uncovered })
  }

  const amounts = apportion(
    line.total,
    portions.map((portion) => portion.quantity),
  )
  return portions.map((portion, index) => ({ ...portion, amount: amounts[index] }))
}

/** For a refund of `amount` rupiah against an order whose ledger still holds `remaining` net
 *  amounts per entry group (positive integers), returns how much to reverse from each group:
 *  min(amount, sum(remaining)) apportioned by remaining (use `apportion`), never more than a
 *  group's remaining. amount must be a non-negative integer. */
export function allocateRefund(amount: number, remaining: number[]): number[] {
  assertNonNegativeInteger(amount, "amount")
  // Zero is tolerated (a group already fully reversed) and simply receives nothing.
  remaining.forEach((value, index) =>
    assertNonNegativeInteger(value, `remaining[${index}]`),
  )
  const available = remaining.reduce((sum, value) => sum + BigInt(value), 0n)
  const refundable = BigInt(amount) < available ? BigInt(amount) : available
  if (refundable === 0n) {
    return remaining.map(() => 0)
  }
  // Proportional parts never exceed a group: ceil(refundable * r / available) <= r.
  return apportion(Number(refundable), remaining)
}

import fc from "fast-check"

import {
  allocateRefund,
  apportion,
  assertValidShares,
  attributeLineToBatches,
  splitByShares,
  type BatchAvailability,
  type Shares,
} from "./split"

const RUNS = { numRuns: 1000 }

// fc.integer stops at 32 bits; rupiah totals go far beyond, so draw BigInts and convert.
const rupiah = (min: number, max: number) =>
  fc.bigInt({ min: BigInt(min), max: BigInt(max) }).map(Number)

// Two cut points on [0, 10000] cover every valid share triple, including zero shares.
const validShares: fc.Arbitrary<Shares> = fc
  .tuple(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 10000 }))
  .map(([a, b]) => {
    const [low, high] = a <= b ? [a, b] : [b, a]
    return { makers_bps: low, capital_bps: high - low, state_revenue_bps: 10000 - high }
  })

const DEFAULT_SHARES: Shares = {
  makers_bps: 5000,
  capital_bps: 3500,
  state_revenue_bps: 1500,
}

/** |part - total * weight / weightSum| < 1, checked exactly without floating point. */
function withinOneOfExact(
  part: number,
  total: number,
  weight: number,
  weightSum: number,
): boolean {
  const difference = BigInt(part) * BigInt(weightSum) - BigInt(total) * BigInt(weight)
  const magnitude = difference < 0n ? -difference : difference
  return magnitude < BigInt(weightSum)
}

function partsOf(split: { makers: number; capital: number; state_revenue: number }) {
  return [split.makers, split.capital, split.state_revenue]
}

function bpsOf(shares: Shares) {
  return [shares.makers_bps, shares.capital_bps, shares.state_revenue_bps]
}

describe("assertValidShares", () => {
  it("accepts shares summing to 10000, including a zero share", () => {
    expect(() => assertValidShares(DEFAULT_SHARES)).not.toThrow()
    expect(() =>
      assertValidShares({ makers_bps: 10000, capital_bps: 0, state_revenue_bps: 0 }),
    ).not.toThrow()
  })

  it.each([
    ["sum 9999", { makers_bps: 5000, capital_bps: 3500, state_revenue_bps: 1499 }],
    ["sum 10001", { makers_bps: 5000, capital_bps: 3500, state_revenue_bps: 1501 }],
    ["a negative share", { makers_bps: 11000, capital_bps: -1000, state_revenue_bps: 0 }],
    [
      "a fractional share",
      { makers_bps: 5000.5, capital_bps: 3499.5, state_revenue_bps: 1500 },
    ],
    ["NaN", { makers_bps: Number.NaN, capital_bps: 5000, state_revenue_bps: 5000 }],
  ])("rejects %s with a RangeError", (_, shares) => {
    expect(() => assertValidShares(shares)).toThrow(RangeError)
    expect(() => splitByShares(1000, shares)).toThrow(RangeError)
  })
})

describe("splitByShares: worked examples", () => {
  it("splits Rp 150.000 at 50/35/15 into 75.000 / 52.500 / 22.500", () => {
    expect(splitByShares(150000, DEFAULT_SHARES)).toEqual({
      makers: 75000,
      capital: 52500,
      state_revenue: 22500,
    })
  })

  it("gives the extra rupiah of Rp 100.001 to the makers (remainder .5 beats .35 and .15)", () => {
    // exact: 50000.5 / 35000.35 / 15000.15
    expect(splitByShares(100001, DEFAULT_SHARES)).toEqual({
      makers: 50001,
      capital: 35000,
      state_revenue: 15000,
    })
  })

  it("gives Rp 1 at 33.33/33.33/33.34 to state revenue, which has the largest remainder", () => {
    expect(
      splitByShares(1, { makers_bps: 3333, capital_bps: 3333, state_revenue_bps: 3334 }),
    ).toEqual({ makers: 0, capital: 0, state_revenue: 1 })
  })

  it("breaks equal remainders in favour of makers, then capital", () => {
    // exact: 0.5 / 0.5 / 0 -> makers win the tie; 0 / 0.5 / 0.5 -> capital wins it
    expect(
      splitByShares(1, { makers_bps: 5000, capital_bps: 5000, state_revenue_bps: 0 }),
    ).toEqual({ makers: 1, capital: 0, state_revenue: 0 })
    expect(
      splitByShares(1, { makers_bps: 0, capital_bps: 5000, state_revenue_bps: 5000 }),
    ).toEqual({ makers: 0, capital: 1, state_revenue: 0 })
    // exact: 0.6666 / 0.6668 / 0.6666 -> capital first, then makers win the tie for the 2nd
    expect(
      splitByShares(2, { makers_bps: 3333, capital_bps: 3334, state_revenue_bps: 3333 }),
    ).toEqual({ makers: 1, capital: 1, state_revenue: 0 })
  })

  it("mirrors a reversal: Rp -100.001 splits into -50.001 / -35.000 / -15.000", () => {
    expect(splitByShares(-100001, DEFAULT_SHARES)).toEqual({
      makers: -50001,
      capital: -35000,
      state_revenue: -15000,
    })
  })

  it("returns positive zeros for a zero amount", () => {
    const split = splitByShares(0, DEFAULT_SHARES)
    expect(split).toEqual({ makers: 0, capital: 0, state_revenue: 0 })
    expect(partsOf(splitByShares(-0, DEFAULT_SHARES)).every((p) => Object.is(p, 0))).toBe(
      true,
    )
  })

  it("stays exact at the largest safe integer, where amount * bps overflows a double", () => {
    const amount = Number.MAX_SAFE_INTEGER
    const shares = { makers_bps: 3333, capital_bps: 3333, state_revenue_bps: 3334 }
    const split = splitByShares(amount, shares)
    expect(
      BigInt(split.makers) + BigInt(split.capital) + BigInt(split.state_revenue),
    ).toBe(BigInt(amount))
    // exact: ...172.3003 / ...172.3003 / ...646.3994 -> the one leftover rupiah goes to state
    expect(split).toEqual({
      makers: 3002099511605172,
      capital: 3002099511605172,
      state_revenue: 3003000231530647,
    })
  })

  it.each([1.5, Number.NaN, Infinity, 2 ** 53, -(2 ** 53)])(
    "rejects the amount %s with a RangeError",
    (amount) => {
      expect(() => splitByShares(amount, DEFAULT_SHARES)).toThrow(RangeError)
    },
  )
})

describe("splitByShares: properties", () => {
  it("splits any amount in [0, 10^13] into non-negative integers that sum exactly and stay within 1 of the exact share", () => {
    fc.assert(
      fc.property(rupiah(0, 1e13), validShares, (amount, shares) => {
        const parts = partsOf(splitByShares(amount, shares))
        expect(parts.every(Number.isSafeInteger)).toBe(true)
        expect(parts.every((part) => part >= 0)).toBe(true)
        expect(parts[0] + parts[1] + parts[2]).toBe(amount)
        bpsOf(shares).forEach((bps, i) => {
          expect(withinOneOfExact(parts[i], amount, bps, 10000)).toBe(true)
        })
      }),
      RUNS,
    )
  })

  it("splits any negative amount in [-10^13, 0] into non-positive parts that sum exactly and mirror the positive split", () => {
    fc.assert(
      fc.property(rupiah(-1e13, 0), validShares, (amount, shares) => {
        const split = splitByShares(amount, shares)
        const parts = partsOf(split)
        expect(parts.every(Number.isSafeInteger)).toBe(true)
        expect(parts.every((part) => part <= 0)).toBe(true)
        expect(parts[0] + parts[1] + parts[2]).toBe(amount)
        bpsOf(shares).forEach((bps, i) => {
          expect(withinOneOfExact(parts[i], amount, bps, 10000)).toBe(true)
        })
        // A full refund must cancel the original entry part by part.
        const original = partsOf(splitByShares(-amount, shares))
        expect(parts.map((part, i) => part + original[i])).toEqual([0, 0, 0])
      }),
      RUNS,
    )
  })

  it("gives a zero share nothing", () => {
    fc.assert(
      fc.property(rupiah(-1e13, 1e13), validShares, (amount, shares) => {
        const parts = partsOf(splitByShares(amount, shares))
        bpsOf(shares).forEach((bps, i) => {
          if (bps === 0) expect(parts[i]).toBe(0)
        })
      }),
      RUNS,
    )
  })

  it("splits any line total price * quantity exactly", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.integer({ min: 1, max: 1000 }),
        validShares,
        (price, quantity, shares) => {
          const total = price * quantity
          const parts = partsOf(splitByShares(total, shares))
          expect(parts[0] + parts[1] + parts[2]).toBe(total)
        },
      ),
      RUNS,
    )
  })
})

describe("apportion", () => {
  it("splits Rp 100 by 1:1:1 as 34/33/33 (tie goes to the earliest index)", () => {
    expect(apportion(100, [1, 1, 1])).toEqual([34, 33, 33])
    expect(apportion(-100, [1, 1, 1])).toEqual([-34, -33, -33])
  })

  it("gives everything to the only positive weight", () => {
    expect(apportion(999, [0, 7, 0])).toEqual([0, 999, 0])
  })

  it("rejects empty, all-zero, negative or fractional weights and unsafe totals", () => {
    expect(() => apportion(10, [])).toThrow(RangeError)
    expect(() => apportion(10, [0, 0])).toThrow(RangeError)
    expect(() => apportion(10, [1, -1, 2])).toThrow(RangeError)
    expect(() => apportion(10, [1.5, 1])).toThrow(RangeError)
    expect(() => apportion(0.5, [1, 1])).toThrow(RangeError)
  })

  const weights = fc
    .array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1e6 })), {
      minLength: 1,
      maxLength: 20,
    })
    .filter((ws) => ws.some((w) => w > 0))

  it("sums exactly, keeps the length, gives zero weights 0 and stays within 1 of the exact share", () => {
    fc.assert(
      fc.property(rupiah(-1e13, 1e13), weights, (total, ws) => {
        const parts = apportion(total, ws)
        const weightSum = ws.reduce((sum, w) => sum + w, 0)
        expect(parts).toHaveLength(ws.length)
        expect(parts.every(Number.isSafeInteger)).toBe(true)
        expect(parts.reduce((sum, part) => sum + part, 0)).toBe(total)
        parts.forEach((part, i) => {
          if (ws[i] === 0) expect(part).toBe(0)
          expect(withinOneOfExact(part, total, ws[i], weightSum)).toBe(true)
          // Parts never change sign against the total.
          expect(Math.sign(part) * Math.sign(total)).toBeGreaterThanOrEqual(0)
        })
      }),
      RUNS,
    )
  })

  it("gives a heavier weight at least as much as a lighter one", () => {
    fc.assert(
      fc.property(rupiah(0, 1e13), weights, (total, ws) => {
        const parts = apportion(total, ws)
        ws.forEach((wi, i) =>
          ws.forEach((wj, j) => {
            if (wi > wj) expect(parts[i]).toBeGreaterThanOrEqual(parts[j])
          }),
        )
      }),
      RUNS,
    )
  })
})

describe("attributeLineToBatches", () => {
  it("takes first-expiry batches first and leaves the uncovered rest unattributed", () => {
    // 10 units for Rp 150.000 (Rp 15.000 each): 3 from A, B is empty, 4 from C, 3 uncovered
    const portions = attributeLineToBatches({ quantity: 10, total: 150000 }, [
      { batch_id: "A", available: 3 },
      { batch_id: "B", available: 0 },
      { batch_id: "C", available: 4 },
    ])
    expect(portions).toEqual([
      { batch_id: "A", quantity: 3, amount: 45000 },
      { batch_id: "C", quantity: 4, amount: 60000 },
      { batch_id: null, quantity: 3, amount: 45000 },
    ])
  })

  it("does not touch later batches when the first one covers the line", () => {
    expect(
      attributeLineToBatches({ quantity: 2, total: 25001 }, [
        { batch_id: "A", available: 5 },
        { batch_id: "B", available: 5 },
      ]),
    ).toEqual([{ batch_id: "A", quantity: 2, amount: 25001 }])
  })

  it("splits an indivisible total by largest remainder: Rp 10 over 1 + 2 units", () => {
    // exact: 3.33 / 6.67 -> the second portion has the larger remainder and gets the rupiah
    expect(
      attributeLineToBatches({ quantity: 3, total: 10 }, [
        { batch_id: "A", available: 1 },
      ]),
    ).toEqual([
      { batch_id: "A", quantity: 1, amount: 3 },
      { batch_id: null, quantity: 2, amount: 7 },
    ])
  })

  it("attributes everything to null when there are no batches", () => {
    expect(attributeLineToBatches({ quantity: 4, total: 0 }, [])).toEqual([
      { batch_id: null, quantity: 4, amount: 0 },
    ])
  })

  it("rejects a non-positive or fractional quantity and a negative or fractional total", () => {
    expect(() => attributeLineToBatches({ quantity: 0, total: 100 }, [])).toThrow(
      RangeError,
    )
    expect(() => attributeLineToBatches({ quantity: -1, total: 100 }, [])).toThrow(
      RangeError,
    )
    expect(() => attributeLineToBatches({ quantity: 1.5, total: 100 }, [])).toThrow(
      RangeError,
    )
    expect(() => attributeLineToBatches({ quantity: 1, total: -100 }, [])).toThrow(
      RangeError,
    )
    expect(() => attributeLineToBatches({ quantity: 1, total: 0.5 }, [])).toThrow(
      RangeError,
    )
  })

  // Unique ids let the test map portions back to batches; negative availability is real
  // (oversold stock) and must be skipped.
  const batchList: fc.Arbitrary<BatchAvailability[]> = fc
    .array(fc.integer({ min: -5, max: 50 }), { maxLength: 10 })
    .map((available) =>
      available.map((a, i) => ({ batch_id: `batch-${i}`, available: a })),
    )

  it("covers the line exactly, in batch order, never beyond availability", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        rupiah(0, 1e12),
        batchList,
        (quantity, total, batches) => {
          const portions = attributeLineToBatches({ quantity, total }, batches)

          expect(portions.reduce((sum, p) => sum + p.quantity, 0)).toBe(quantity)
          expect(portions.reduce((sum, p) => sum + p.amount, 0)).toBe(total)
          expect(
            portions.every((p) => Number.isSafeInteger(p.amount) && p.amount >= 0),
          ).toBe(true)
          expect(
            portions.every((p) => Number.isInteger(p.quantity) && p.quantity > 0),
          ).toBe(true)
          portions.forEach((p) => {
            expect(withinOneOfExact(p.amount, total, p.quantity, quantity)).toBe(true)
          })

          const taken = batches.map(
            (b) => portions.find((p) => p.batch_id === b.batch_id)?.quantity ?? 0,
          )
          const uncovered = portions.filter((p) => p.batch_id === null)
          expect(uncovered.length).toBeLessThanOrEqual(1)
          const uncoveredQuantity = uncovered[0]?.quantity ?? 0

          batches.forEach((batch, i) => {
            expect(taken[i]).toBeLessThanOrEqual(Math.max(batch.available, 0))
            // A later batch (or the unattributed rest) only gets units once every earlier
            // batch with stock is exhausted.
            const laterGotUnits =
              taken.slice(i + 1).some((t) => t > 0) || uncoveredQuantity > 0
            if (laterGotUnits && batch.available > 0) {
              expect(taken[i]).toBe(batch.available)
            }
          })

          // Units go unattributed only when the batches together cannot cover the line.
          const stock = batches.reduce((sum, b) => sum + Math.max(b.available, 0), 0)
          expect(uncoveredQuantity).toBe(Math.max(quantity - stock, 0))

          // Portions come out in batch order with the unattributed rest last.
          const order = portions.map((p) =>
            p.batch_id === null
              ? batches.length
              : Number(p.batch_id.slice("batch-".length)),
          )
          expect(order).toEqual([...order].sort((a, b) => a - b))
        },
      ),
      RUNS,
    )
  })
})

describe("allocateRefund", () => {
  it("reverses a partial refund proportionally: Rp 50.000 against 75.000 + 25.000", () => {
    expect(allocateRefund(50000, [75000, 25000])).toEqual([37500, 12500])
  })

  it("caps a refund at what the ledger still holds", () => {
    expect(allocateRefund(1_000_000, [75000, 25000])).toEqual([75000, 25000])
  })

  it("returns zeros for a zero refund or an empty ledger", () => {
    expect(allocateRefund(0, [10, 20])).toEqual([0, 0])
    expect(allocateRefund(500, [])).toEqual([])
    expect(allocateRefund(500, [0, 0])).toEqual([0, 0])
  })

  it("rejects a negative or fractional refund and negative remainders", () => {
    expect(() => allocateRefund(-1, [10])).toThrow(RangeError)
    expect(() => allocateRefund(1.5, [10])).toThrow(RangeError)
    expect(() => allocateRefund(1, [10, -1])).toThrow(RangeError)
  })

  it("never reverses more than a group holds and reverses min(amount, total remaining)", () => {
    fc.assert(
      fc.property(
        rupiah(0, 1e13),
        fc.array(rupiah(1, 1e12), { maxLength: 20 }),
        (amount, remaining) => {
          const reversal = allocateRefund(amount, remaining)
          const held = remaining.reduce((sum, r) => sum + r, 0)
          expect(reversal).toHaveLength(remaining.length)
          reversal.forEach((part, i) => {
            expect(Number.isSafeInteger(part)).toBe(true)
            expect(part).toBeGreaterThanOrEqual(0)
            expect(part).toBeLessThanOrEqual(remaining[i])
          })
          expect(reversal.reduce((sum, part) => sum + part, 0)).toBe(
            Math.min(amount, held),
          )
        },
      ),
      RUNS,
    )
  })

  it("lets successive partial refunds drain the ledger exactly to zero", () => {
    fc.assert(
      fc.property(
        fc.array(rupiah(1, 1e9), { minLength: 1, maxLength: 10 }),
        fc.array(rupiah(0, 1e9), { maxLength: 10 }),
        (initial, refunds) => {
          let remaining = [...initial]
          for (const amount of [...refunds, Number.MAX_SAFE_INTEGER]) {
            const reversal = allocateRefund(amount, remaining)
            remaining = remaining.map((r, i) => r - reversal[i])
            expect(remaining.every((r) => r >= 0)).toBe(true)
          }
          expect(remaining.every((r) => r === 0)).toBe(true)
        },
      ),
      { numRuns: 500 },
    )
  })
})

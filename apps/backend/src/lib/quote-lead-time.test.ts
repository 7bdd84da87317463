import { describe, expect, it } from "vitest"
import { HANDLING_DAYS, leadTimeDays } from "./quote-lead-time"

describe("leadTimeDays", () => {
  it("takes a week per week of capacity, plus handling", () => {
    expect(leadTimeDays([{ workshop_id: "w1", weekly_capacity: 10, quantity: 20 }])).toBe(
      14 + HANDLING_DAYS,
    )
  })

  it("rounds part of a day up", () => {
    expect(leadTimeDays([{ workshop_id: "w1", weekly_capacity: 3, quantity: 1 }])).toBe(
      3 + HANDLING_DAYS,
    )
  })

  it("adds up the lines of one workshop and lets workshops work in parallel", () => {
    expect(
      leadTimeDays([
        { workshop_id: "w1", weekly_capacity: 7, quantity: 7 },
        { workshop_id: "w1", weekly_capacity: 7, quantity: 7 },
        { workshop_id: "w2", weekly_capacity: 70, quantity: 7 },
      ]),
    ).toBe(14 + HANDLING_DAYS)
  })

  it("gives no suggestion when a workshop states no capacity", () => {
    expect(
      leadTimeDays([
        { workshop_id: "w1", weekly_capacity: 7, quantity: 7 },
        { workshop_id: "w2", weekly_capacity: null, quantity: 1 },
      ]),
    ).toBeNull()
    expect(
      leadTimeDays([{ workshop_id: null, weekly_capacity: 5, quantity: 1 }]),
    ).toBeNull()
    expect(leadTimeDays([])).toBeNull()
  })
})

import { describe, expect, it } from "vitest"

import {
  expectedReadyDate,
  formatNpwp,
  invoiceStanding,
  quoteStanding,
  quoteUnitCount,
} from "./documents"

describe("formatNpwp", () => {
  it("writes the 15-digit NPWP as tax documents print it", () => {
    expect(formatNpwp("012345678901000")).toBe("01.234.567.8-901.000")
  })

  it("reads through punctuation already in the number", () => {
    expect(formatNpwp("01.234.567.8-901.000")).toBe("01.234.567.8-901.000")
  })

  it("groups the 16-digit NPWP by four", () => {
    expect(formatNpwp("3171012345678901")).toBe("3171 0123 4567 8901")
  })

  it("leaves any other length as stored", () => {
    expect(formatNpwp("12345")).toBe("12345")
    expect(formatNpwp("")).toBe("")
  })
})

describe("invoiceStanding", () => {
  const now = new Date("2026-05-10T03:00:00Z")
  const unpaid = {
    status: "unpaid" as const,
    overdue: false,
    due_at: "2026-05-20T00:00:00Z",
  }

  it("keeps an unpaid invoice before its due date unpaid", () => {
    expect(invoiceStanding(unpaid, now)).toBe("unpaid")
  })

  it("calls it overdue when the backend says so or the due date has passed", () => {
    expect(invoiceStanding({ ...unpaid, overdue: true }, now)).toBe("overdue")
    expect(invoiceStanding({ ...unpaid, due_at: "2026-05-10T02:59:59Z" }, now)).toBe(
      "overdue",
    )
  })

  it("never calls an invoice paid up front overdue", () => {
    expect(invoiceStanding({ ...unpaid, due_at: null }, now)).toBe("unpaid")
  })

  it("lets paid and canceled invoices be, whatever their due date", () => {
    const late = { overdue: true, due_at: "2026-01-01T00:00:00Z" }
    expect(invoiceStanding({ ...late, status: "paid" }, now)).toBe("paid")
    expect(invoiceStanding({ ...late, status: "canceled" }, now)).toBe("canceled")
  })
})

describe("quoteStanding", () => {
  const now = new Date("2026-05-10T03:00:00Z")

  it("reads an answered quote past its valid-until as expired", () => {
    expect(
      quoteStanding({ status: "answered", valid_until: "2026-05-10T02:00:00Z" }, now),
    ).toBe("expired")
  })

  it("keeps an answered quote open until then, or without a limit", () => {
    expect(
      quoteStanding({ status: "answered", valid_until: "2026-05-11T00:00:00Z" }, now),
    ).toBe("answered")
    expect(quoteStanding({ status: "answered", valid_until: null }, now)).toBe("answered")
  })

  it("does not expire a decided quote", () => {
    const past = "2026-01-01T00:00:00Z"
    expect(quoteStanding({ status: "accepted", valid_until: past }, now)).toBe("accepted")
    expect(quoteStanding({ status: "rejected", valid_until: past }, now)).toBe("rejected")
  })
})

describe("expectedReadyDate", () => {
  const now = new Date("2026-05-10T03:00:00Z")

  it("counts the lead time from the acceptance", () => {
    expect(
      expectedReadyDate(
        { status: "accepted", lead_time_days: 21, decided_at: "2026-05-01T08:00:00Z" },
        now,
      )?.toISOString(),
    ).toBe("2026-05-22T08:00:00.000Z")
  })

  it("counts from now while the quote is still open", () => {
    expect(
      expectedReadyDate(
        { status: "answered", lead_time_days: 14, decided_at: null },
        now,
      )?.toISOString(),
    ).toBe("2026-05-24T03:00:00.000Z")
  })

  it("has no date without a lead time or after a rejection", () => {
    expect(
      expectedReadyDate(
        { status: "requested", lead_time_days: null, decided_at: null },
        now,
      ),
    ).toBeNull()
    expect(
      expectedReadyDate(
        { status: "rejected", lead_time_days: 14, decided_at: "2026-05-01T08:00:00Z" },
        now,
      ),
    ).toBeNull()
  })
})

describe("quoteUnitCount", () => {
  it("adds up the units of every row", () => {
    expect(quoteUnitCount({ items: [] })).toBe(0)
    expect(
      quoteUnitCount({
        items: [{ quantity: 120 } as never, { quantity: 30 } as never],
      }),
    ).toBe(150)
  })
})

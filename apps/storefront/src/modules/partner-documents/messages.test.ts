import { describe, expect, it } from "vitest"

import checkoutEn from "@/messages/en/checkout.json"
import quotesEn from "@/messages/en/quotes.json"
import checkoutId from "@/messages/id/checkout.json"
import quotesId from "@/messages/id/quotes.json"

function keyPaths(value: unknown, prefix = ""): string[] {
  if (!value || typeof value !== "object") {
    return [prefix]
  }
  return Object.entries(value).flatMap(([key, child]) =>
    keyPaths(child, prefix ? `${prefix}.${key}` : key),
  )
}

function lookUp(messages: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (node, key) => (node as Record<string, unknown> | undefined)?.[key],
      messages,
    )
}

describe("quote and invoice messages", () => {
  it("say the same things in Indonesian and English", () => {
    expect(keyPaths(quotesEn).sort()).toEqual(keyPaths(quotesId).sort())
  })

  it.each([
    ["id", quotesId, checkoutId],
    ["en", quotesEn, checkoutEn],
  ])(
    "name every standing, error and the invoice payment (%s)",
    (_l, quotes, checkout) => {
      const paths = [
        ...["requested", "answered", "expired", "accepted", "rejected"].map(
          (standing) => `status.${standing}`,
        ),
        ...["unpaid", "overdue", "paid", "canceled"].map(
          (standing) => `invoice.status.${standing}`,
        ),
        ...[
          "required",
          "unknown-sku",
          "invalid-quantity",
          "no-rows",
          "too-many-rows",
          "not-partner",
          "refused",
          "failed",
        ].map((code) => `form.errors.${code}`),
        ...["terkirim", "diterima", "ditolak"].map((notice) => `notices.${notice}`),
      ]
      for (const path of paths) {
        expect(typeof lookUp(quotes, path), path).toBe("string")
      }
      expect(
        typeof lookUp(checkout, "payment.providers.pp_invoice_partner.description"),
      ).toBe("string")
    },
  )
})

import { describe, expect, it } from "vitest"

import partnerEn from "@/messages/en/partner.json"
import partnerId from "@/messages/id/partner.json"

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

describe("partner messages", () => {
  it("say the same things in Indonesian and English", () => {
    expect(keyPaths(partnerEn).sort()).toEqual(keyPaths(partnerId).sort())
  })

  it.each([
    ["id", partnerId],
    ["en", partnerEn],
  ])("name every status, error and form field (%s)", (_locale, messages) => {
    const paths = [
      ...["pending", "approved", "rejected"].map(
        (status) => `application.status.${status}`,
      ),
      ...[
        "empty",
        "too-many",
        "invalid-rows",
        "no-file",
        "file-too-large",
        "not-partner",
        "refused",
        "failed",
      ].map((code) => `quickOrder.errors.${code}`),
      ...["missing-sku", "missing-quantity", "invalid-quantity"].map(
        (code) => `quickOrder.problems.${code}`,
      ),
      ...["invalid-order", "not-partner", "refused", "failed"].map(
        (code) => `reorder.errors.${code}`,
      ),
      ...[
        "business_name",
        "npwp",
        "contact_name",
        "email",
        "phone",
        "address_1",
        "address_2",
        "city",
        "province",
        "postal_code",
        "expected_monthly_volume",
        "notes",
      ].map((field) => `apply.fields.${field}`),
    ]
    for (const path of paths) {
      expect(typeof lookUp(messages, path), path).toBe("string")
    }
  })
})

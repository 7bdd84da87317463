import { describe, expect, it } from "vitest"

import accountEn from "@/messages/en/account.json"
import lookupEn from "@/messages/en/orderLookup.json"
import accountId from "@/messages/id/account.json"
import lookupId from "@/messages/id/orderLookup.json"
import { STATUS_VALUES, type StatusKind } from "@/modules/account/util/order-view"

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

describe("account and order lookup messages", () => {
  it("say the same things in Indonesian and English", () => {
    expect(keyPaths(accountEn).sort()).toEqual(keyPaths(accountId).sort())
    expect(keyPaths(lookupEn).sort()).toEqual(keyPaths(lookupId).sort())
  })

  it.each([
    ["id", accountId],
    ["en", accountEn],
  ])("name every status, field error and form error (%s)", (_locale, messages) => {
    const statusKeys = (Object.keys(STATUS_VALUES) as StatusKind[]).flatMap((kind) => [
      ...STATUS_VALUES[kind].map((value) => `orderView.status.${kind}.${value}`),
      `orderView.status.${kind}.unknown`,
    ])
    const fieldErrors = [
      "required",
      "invalid-email",
      "invalid-phone",
      "invalid-postal-code",
      "unknown-province",
      "password-too-short",
      "invalid-order-number",
    ].map((code) => `errors.${code}`)
    const formErrors = [
      "invalid-credentials",
      "unfinished-registration",
      "email-taken",
      "failed",
    ].map((code) => `formErrors.${code}`)
    const transfer = ["awaiting_payment", "paid", "canceled"].map(
      (status) => `transfer.status.${status}`,
    )
    for (const path of [...statusKeys, ...fieldErrors, ...formErrors, ...transfer]) {
      expect(typeof lookUp(messages, path), path).toBe("string")
    }
  })
})

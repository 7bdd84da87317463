import { describe, expect, it } from "vitest"

import { routing } from "@/i18n/routing"

import { contentLocale } from "./content-locale"

describe("contentLocale", () => {
  it("asks the Store API for English content on English pages", () => {
    expect(contentLocale("en")).toEqual("en-US")
  })

  it("asks for Indonesian on Indonesian pages and for an unknown locale", () => {
    expect(contentLocale("id")).toEqual("id-ID")
    expect(contentLocale("fr")).toEqual("id-ID")
  })

  it("has a distinct Store API locale for every storefront locale", () => {
    const codes = routing.locales.map(contentLocale)
    expect(new Set(codes).size).toEqual(routing.locales.length)
  })
})

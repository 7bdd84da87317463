import { describe, expect, it } from "vitest"
import { correctSpelling, type Vocabulary } from "./search-spelling"

const vocabulary: Vocabulary = new Map([
  ["keripik", 3],
  ["kerupuk", 1],
  ["kursi", 1],
  ["jati", 8],
  ["tas", 2],
  ["rajut", 3],
  ["batik", 2],
  ["lemari", 1],
  ["kaligrafi", 1],
])

describe("correctSpelling", () => {
  it.each([
    ["keripk", "keripik"],
    ["kripik", "keripik"],
    ["krusi", "kursi"],
    ["Tas Rjut", "tas rajut"],
    ["kaligarfi", "kaligrafi"],
    ["kaligrfy", "kaligrafi"],
  ])("%s reads as %s", (typed, corrected) => {
    expect(correctSpelling(typed, vocabulary)).toEqual(corrected)
  })

  it("keeps words it knows, words too short to judge, numbers and half-typed last words", () => {
    expect(correctSpelling("keripik", vocabulary)).toBeNull()
    expect(correctSpelling("tsa", vocabulary)).toBeNull()
    expect(correctSpelling("kursi 2024", vocabulary)).toBeNull()
    expect(correctSpelling("lema", vocabulary)).toBeNull()
  })

  it("corrects a misspelt half-typed last word to the start of a known word", () => {
    // "kerup" (kerupuk) and "kerip" (keripik) are as close; more products use keripik.
    expect(correctSpelling("tas kerop", vocabulary)).toEqual("tas kerip")
  })

  it("gives up on words too far from any it knows", () => {
    expect(correctSpelling("helikopter", vocabulary)).toBeNull()
    expect(correctSpelling("kxyz", vocabulary)).toBeNull()
  })

  it("prefers the word more products use when two are as close", () => {
    const tied: Vocabulary = new Map([
      ["bantal", 1],
      ["batal", 0],
      ["batik", 5],
    ])
    expect(correctSpelling("batak", tied)).toEqual("batik")
  })
})

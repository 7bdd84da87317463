import { describe, expect, it } from "vitest"

import { spreadAcrossFacilities } from "./featured-workshops"

const workshop = (handle: string, facility: string) => ({
  handle,
  facility: { handle: facility },
})

const WORKSHOPS = [
  workshop("kayu-bengkulu", "bengkulu"),
  workshop("ukir-jepara", "jepara"),
  workshop("dapur-jepara", "jepara"),
  workshop("kue-malang", "malang"),
  workshop("olahan-bengkulu", "bengkulu"),
  workshop("kriya-jepara", "jepara"),
]

const handles = (picked: { handle: string }[]) => picked.map((w) => w.handle)

describe("spreadAcrossFacilities", () => {
  it("takes one workshop from each facility before a second from any", () => {
    expect(handles(spreadAcrossFacilities(WORKSHOPS, 4))).toEqual([
      "kayu-bengkulu",
      "ukir-jepara",
      "kue-malang",
      "olahan-bengkulu",
    ])
  })

  it("stops when the workshops run out", () => {
    expect(spreadAcrossFacilities(WORKSHOPS, 10)).toHaveLength(6)
    expect(spreadAcrossFacilities([], 4)).toEqual([])
  })
})

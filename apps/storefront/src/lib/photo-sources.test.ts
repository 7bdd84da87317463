import { describe, expect, it } from "vitest"

import { isResizable, thumbnailSources } from "./photo-sources"

const BACKEND_PHOTO = "http://localhost:9000/static/1796078545413-tas-anyaman.jpg"
const DRAWING = "http://localhost:9000/static/tas.svg"

describe("isResizable", () => {
  it("resizes the backend's photos, not drawings, other hosts or broken addresses", () => {
    expect(isResizable(BACKEND_PHOTO)).toBe(true)
    expect(isResizable(DRAWING)).toBe(false)
    expect(isResizable("https://elsewhere.example/tas.jpg")).toBe(false)
    expect(isResizable("not a url")).toBe(false)
  })
})

describe("thumbnailSources", () => {
  it("gives a list built in the browser the sources of a small resized thumbnail", () => {
    const resized = thumbnailSources(BACKEND_PHOTO, 40)
    expect(resized.src).toMatch(/^\/_next\/image\?url=.*&w=\d+&q=75$/)
    expect(resized.srcSet).toMatch(/ 1x, .* 2x$/)
    expect(thumbnailSources(DRAWING, 40)).toEqual({ src: DRAWING })
  })
})

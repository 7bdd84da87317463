import { renderToString } from "react-dom/server"
import { describe, expect, it } from "vitest"

import { Photo } from "./photo"

const BACKEND_PHOTO = "http://localhost:9000/static/1796078545413-tas-anyaman.jpg"

function render(props: Partial<Parameters<typeof Photo>[0]> = {}) {
  return renderToString(
    <html>
      {/* eslint-disable-next-line @next/next/no-head-element -- where React puts the preload */}
      <head />
      <body>
        <Photo
          src={BACKEND_PHOTO}
          alt="Tas Anyaman Pandan"
          width={480}
          height={480}
          sizes="50vw"
          {...props}
        />
      </body>
    </html>,
  )
}

describe("Photo", () => {
  it("sends the backend's photos resized, in a srcset the browser picks from", () => {
    const html = render()
    const resized = `/_next/image?url=${encodeURIComponent(BACKEND_PHOTO)}`
    expect(html).toMatch(
      new RegExp(`srcSet="${escapeRegExp(resized)}&amp;w=\\d+&amp;q=75 \\d+w`),
    )
    expect(html).toContain('sizes="50vw"')
    expect(html).toContain('alt="Tas Anyaman Pandan"')
    expect(html).toContain('width="480"')
    expect(html).toContain('height="480"')
    expect(html).toContain('loading="lazy"')
    expect(html).not.toContain('rel="preload"')
  })

  it("sends a photo shown at a fixed width at one and two times that width", () => {
    const html = render({ width: 80, height: 80, sizes: undefined })
    expect(html).toMatch(
      /srcSet="[^"]*&amp;w=\d+&amp;q=75 1x, [^"]*&amp;w=\d+&amp;q=75 2x"/,
    )
    expect(html).not.toContain("sizes=")
  })

  it("announces the page's largest photo in the head and loads it first", () => {
    const html = render({ preload: true })
    const head = html.slice(0, html.indexOf("</head>"))
    expect(head).toContain('rel="preload"')
    expect(head).toContain('as="image"')
    expect(head).toContain('imageSizes="50vw"')
    expect(head).toContain('fetchPriority="high"')
    const img = html.slice(html.indexOf("<img"))
    expect(img).toContain('loading="eager"')
    expect(img).toContain('fetchPriority="high"')
  })

  it("shows vector drawings and photos from unknown hosts as they are", () => {
    for (const src of [
      "http://localhost:9000/static/tas.svg",
      "https://elsewhere.example/tas.jpg",
    ]) {
      const html = render({ src })
      expect(html).toContain(`src="${src}"`)
      expect(html).not.toContain("/_next/image")
    }
  })
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
}

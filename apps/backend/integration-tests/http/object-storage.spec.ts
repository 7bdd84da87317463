import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { http, HttpResponse } from "msw"
import { setupServer } from "msw/node"
import { seedDemoData } from "../../src/scripts/seed"
import { adminHeaders } from "../utils/auth"

// medusa-config reads these when the runner loads it. No S3-compatible store runs
// here, so its HTTP API is answered in-process.
const ENDPOINT = "http://objects.test"
const BUCKET = "karya-berkas"
const PUBLIC_URL = "https://berkas.karya.test"
process.env.S3_BUCKET = BUCKET
process.env.S3_ENDPOINT = ENDPOINT
process.env.S3_FILE_URL = PUBLIC_URL
process.env.S3_ACCESS_KEY_ID = "kunci-uji"
process.env.S3_SECRET_ACCESS_KEY = "rahasia-uji-penyimpanan"

type Stored = { key: string; body: Buffer; contentType: string | null; signed: boolean }
const stored: Stored[] = []

const objectStore = setupServer(
  http.put(`${ENDPOINT}/${BUCKET}/*`, async ({ request }) => {
    stored.push({
      key: decodeURIComponent(new URL(request.url).pathname.slice(BUCKET.length + 2)),
      body: Buffer.from(await request.arrayBuffer()),
      contentType: request.headers.get("content-type"),
      signed: (request.headers.get("authorization") ?? "").startsWith("AWS4-HMAC-SHA256"),
    })
    return new HttpResponse(null, { status: 200, headers: { etag: '"uji"' } })
  }),
)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    beforeAll(async () => {
      // Medusa's own test client is let through; only the object store is answered here.
      objectStore.listen({ onUnhandledRequest: "bypass" })
      await seedDemoData(getContainer())
    })

    afterAll(() => objectStore.close())

    it("puts a staff upload in the bucket, signed, and answers with its public address", async () => {
      const admin = await adminHeaders(api)
      const content = Buffer.from("sertifikat halal: nomor ID00410000123450825")
      const form = new FormData()
      form.append(
        "files",
        new Blob([content], { type: "text/plain" }),
        "sertifikat-halal.txt",
      )
      stored.length = 0

      const { status, data } = await api.post("/admin/uploads", form, admin)

      expect(status).toBe(200)
      expect(stored).toHaveLength(1)
      const [object] = stored
      expect(object.key).toMatch(/^sertifikat-halal-[0-9A-Z]+\.txt$/)
      expect(object.body.equals(content)).toBe(true)
      expect(object.contentType).toBe("text/plain")
      expect(object.signed).toBe(true)
      expect(data.files[0].url).toBe(`${PUBLIC_URL}/${object.key}`)
    })
  },
})

import { createRequire } from "node:module"
import fs from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { findFreePort } from "@karya/embedded-db"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchChromium } from "./browser.js"
import { killGroup, launchDev, repoRoot, type Launch } from "./launcher.js"

const STOREFRONT = "http://localhost:8000"
const BACKEND = "http://localhost:9000"
const ADMIN = { email: "kantor.pusat@karya.test", password: "uji-admin-2026" }
// The seed's demo partner shop buyer (its development defaults).
const PARTNER = { email: "mitra@karya.local", password: "mitrakarya123" }
const READY = "Karya Warga Binaan is running"
// Seeding, then a production build of the storefront.
const STARTUP_MS = 10 * 60_000
const STEP_MS = 60_000
const ARTIFACTS = path.join(repoRoot, "e2e/artifacts/storefront")
/** The budget for the JavaScript a first visit transfers (compressed). */
const FIRST_LOAD_JS_BUDGET_KB = 250

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const axeSource = await fs.readFile(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
)

async function adminRequest(pathAndQuery: string, body?: Json): Promise<Json> {
  const login = await fetch(`${BACKEND}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  })
  const { token } = (await login.json()) as { token: string }
  const response = await fetch(`${BACKEND}${pathAndQuery}`, {
    method: body ? "POST" : "GET",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body ? JSON.stringify(body) : undefined,
  })
  expect(response.ok, `${pathAndQuery}: ${response.status}`).toBe(true)
  return (await response.json()) as Json
}

const adminGet = (pathAndQuery: string) => adminRequest(pathAndQuery)

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true })
}

/** Serious or critical axe-core findings on the page, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource })
  const results = (await page.evaluate(() =>
    (
      globalThis as unknown as {
        axe: { run: (options: object) => Promise<unknown> }
      }
    ).axe.run({
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"] },
    }),
  )) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }
  return results.violations
    .filter((violation) => ["serious", "critical"].includes(violation.impact))
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(" ")}`),
    )
}

/** Compressed bytes of JavaScript the page loaded, from the browser's own timing. */
async function scriptKilobytes(page: Page): Promise<number> {
  const bytes = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === "script")
      .reduce(
        (total, entry) => total + (entry as PerformanceResourceTiming).encodedBodySize,
        0,
      ),
  )
  return Math.round(bytes / 1024)
}

/**
 * The buyer's storefront as it ships: a production build (`STOREFRONT_MODE=production
 * pnpm dev`) against the seeded backend, in Debian's Chromium. Screenshots of the main
 * pages are kept in e2e/artifacts/storefront.
 */
describe("the storefront, production build", () => {
  let dataParent: string
  let launch: Launch | undefined
  let browser: Browser
  let productPath: string
  let batchCode: string

  beforeAll(async () => {
    await fs.mkdir(ARTIFACTS, { recursive: true })
    dataParent = await fs.mkdtemp(path.join(os.tmpdir(), "karya-e2e-storefront-"))
    await fs.chmod(dataParent, 0o755)
    launch = launchDev({
      EMBEDDED_PG_DATA_DIR: path.join(dataParent, "postgres"),
      EMBEDDED_PG_PORT: String(await findFreePort()),
      SEED_ADMIN_EMAIL: ADMIN.email,
      SEED_ADMIN_PASSWORD: ADMIN.password,
      STOREFRONT_MODE: "production",
      DATABASE_URL: "",
      REDIS_URL: "",
    })
    await launch.waitFor(READY, STARTUP_MS)
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    if (launch) {
      launch.interrupt()
      await launch.exited
    }
    killGroup(launch)
    await fs.rm(dataParent, { recursive: true, force: true })
  })

  it("browses from the home page to a category, a product and its batch's QR page, then fills the cart", async () => {
    const page = await browser.newPage()
    const violations: string[] = []
    page.on("console", (message) => {
      if (message.text().includes("Content Security Policy"))
        violations.push(message.text())
    })
    const response = await page.goto(STOREFRONT)
    expect(response?.status()).toEqual(200)
    expect(await page.getAttribute("html", "lang")).toEqual("id")
    const headers = response!.headers()
    expect(headers["content-security-policy"]).toContain("default-src 'self'")
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'")
    expect(headers["content-security-policy"]).not.toContain("unsafe-eval")
    expect(headers["x-content-type-options"]).toEqual("nosniff")
    await screenshot(page, "home")

    // A category from the home page.
    await Promise.all([
      page.waitForURL(/kategori=kuliner-olahan/),
      page.locator('a[href*="kategori=kuliner-olahan"]').first().click(),
    ])
    expect(await page.locator("h1").innerText()).toEqual("Kuliner Olahan")
    await screenshot(page, "category")

    // A product of it that is in stock.
    const card = page.locator("article", { hasNot: page.getByText("Stok habis") }).first()
    await Promise.all([
      page.waitForURL(/\/produk\/[^/?]+$/),
      card.locator("h3 a").click(),
    ])
    productPath = new URL(page.url()).pathname
    const title = (await page.locator("h1").innerText()).trim()
    await expect(
      page
        .getByText(/Rp\s\d{1,3}(\.\d{3})+/)
        .first()
        .isVisible(),
    ).resolves.toBe(true)
    await screenshot(page, "product")

    // The QR label on that product's jar opens its batch's page.
    const handle = productPath.split("/").pop()!
    const { products } = await adminGet(`/admin/products?handle=${handle}&fields=id`)
    const { batches } = await adminGet(
      `/admin/batches?product_id=${products[0].id}&status=active&limit=1`,
    )
    batchCode = batches[0].code
    const provenance = await page.goto(`${STOREFRONT}/p/${batchCode.toLowerCase()}`)
    expect(provenance?.status()).toEqual(200)
    expect(await page.locator("h1").innerText()).toContain(title)
    await screenshot(page, "provenance")

    // Back to the product, into the cart, and one more of it.
    await Promise.all([
      page.waitForURL(/\/produk\/[^/?]+$/),
      page.locator(`a[href$="${productPath}"]`).first().click(),
    ])
    await page.getByRole("button", { name: "Tambah ke keranjang" }).click()
    await page.getByText("Produk ditambahkan ke keranjang.").waitFor({ timeout: STEP_MS })
    await page.goto(`${STOREFRONT}/keranjang`)
    const quantity = page.getByLabel("Jumlah").first()
    expect(await quantity.inputValue()).toEqual("1")
    await quantity.fill("2")
    await page.getByRole("button", { name: "Ubah" }).first().click()
    await page
      .locator('[data-testid="cart-count"]')
      .filter({ hasText: "2" })
      .waitFor({ timeout: STEP_MS })
    expect(await page.getByLabel("Jumlah").first().inputValue()).toEqual("2")
    await screenshot(page, "cart")
    // The whole journey ran inside the Content-Security-Policy.
    expect(violations).toEqual([])
    await page.close()
  })

  it("searches from the header with suggestions, then narrows the results with facets", async () => {
    const page = await browser.newPage()
    await page.goto(STOREFRONT)
    const box = page
      .getByRole("banner")
      .getByRole("combobox", { name: "Cari produk", exact: true })
    await box.click()
    await box.pressSequentially("kerip", { delay: 40 })
    const suggestions = page.getByRole("listbox", { name: "Saran produk" })
    await suggestions.getByRole("option").first().waitFor({ timeout: STEP_MS })
    const first = (await suggestions.getByRole("option").first().innerText()).trim()
    expect(first).toMatch(/Keripik/)
    await screenshot(page, "search-suggestions")
    await box.press("ArrowDown")
    await Promise.all([page.waitForURL(/\/produk\/keripik-[^/?]+$/), box.press("Enter")])

    // A regional spelling finds the same products; the results page keeps it in the URL.
    await page.goto(`${STOREFRONT}/cari?q=kripik`)
    const results = page.locator("#hasil-pencarian")
    expect(await results.innerText()).toMatch(/dari 3 hasil/)
    await page.locator("#filter-halal").selectOption("ya")
    await Promise.all([
      page.waitForURL(/halal=ya/),
      page.getByRole("button", { name: "Terapkan" }).click(),
    ])
    expect(page.url()).toContain("q=kripik")
    await screenshot(page, "search-results")

    // A misspelling still finds them, and says the spelling was close.
    await page.goto(`${STOREFRONT}/cari?q=keripk`)
    await page.getByText(/menampilkan hasil untuk “keripik”/).waitFor()
    expect(await page.locator("article").count()).toBeGreaterThan(0)

    // Nothing near: help instead of an empty page.
    const none = await page.goto(`${STOREFRONT}/cari?q=helikopter`)
    expect(none?.status()).toEqual(200)
    await page.getByText("Tidak ada hasil untuk “helikopter”").waitFor()
    await expect(page.getByText("Saran pencarian").isVisible()).resolves.toBe(true)
    await page.close()
  })

  it("shows a change made in the admin on the next view of the product", async () => {
    const page = await browser.newPage()
    const handle = productPath.split("/").pop()!
    // Two views: the second is served from the storefront's cache.
    await page.goto(`${STOREFRONT}${productPath}`)
    await page.reload()
    const subtitle = `Edisi uji ${Date.now()}`
    const { products } = await adminGet(`/admin/products?handle=${handle}&fields=id`)
    await adminRequest(`/admin/products/${products[0].id}`, { subtitle })
    const deadline = Date.now() + 15_000
    for (;;) {
      await page.reload()
      if (await page.getByText(subtitle).count()) break
      expect(Date.now(), "the edit never reached the product page").toBeLessThan(deadline)
      await page.waitForTimeout(250)
    }
    await page.close()
  })

  it("registers a customer, logs out and logs in again", async () => {
    const page = await browser.newPage()
    const email = `pembeli.e2e.${Date.now()}@contoh.karya.local`
    const password = "rahasia-uji-2026"
    await page.goto(`${STOREFRONT}/akun/daftar`)
    await page.getByLabel("Nama lengkap").fill("Pembeli Uji Peramban")
    await page.getByLabel("E-mail").fill(email)
    await page.getByLabel("Kata sandi").fill(password)
    await Promise.all([
      page.waitForURL(/\/akun$/, { timeout: STEP_MS }),
      page.getByRole("button", { name: "Daftar" }).click(),
    ])
    await page.getByText(/^Halo, Pembeli/).waitFor()
    await screenshot(page, "account")

    await Promise.all([
      page.waitForURL(
        (url) => !url.pathname.startsWith("/akun") || url.pathname.endsWith("/masuk"),
      ),
      page.getByRole("button", { name: "Keluar" }).click(),
    ])
    await page.goto(`${STOREFRONT}/akun/pesanan`)
    expect(new URL(page.url()).pathname).toEqual("/akun/masuk")

    await page.getByLabel("E-mail").fill(email)
    await page.getByLabel("Kata sandi").fill("salah-sandi-123")
    await page.getByRole("button", { name: "Masuk" }).last().click()
    await page.getByText("E-mail atau kata sandi salah.", { exact: false }).waitFor()

    await page.getByLabel("Kata sandi").fill(password)
    await Promise.all([
      page.waitForURL(/\/akun\/pesanan$/, { timeout: STEP_MS }),
      page.getByRole("button", { name: "Masuk" }).last().click(),
    ])
    await page.close()
  })

  it("lets a partner buyer order by SKU at tier prices, reporting bad rows, and pay by invoice", async () => {
    const page = await browser.newPage()
    await page.goto(`${STOREFRONT}/akun/masuk?kembali=/akun/mitra/pesan-cepat`)
    await page.getByLabel("E-mail").fill(PARTNER.email)
    await page.getByLabel("Kata sandi").fill(PARTNER.password)
    await Promise.all([
      page.waitForURL((url) => !url.pathname.endsWith("/masuk"), { timeout: STEP_MS }),
      page.getByRole("button", { name: "Masuk" }).last().click(),
    ])
    await page.goto(`${STOREFRONT}/akun/mitra/pesan-cepat`)
    expect(await seriousViolations(page)).toEqual([])
    // 24 units of a product sold to partners from 12 units, tiered at 21.000 from 12.
    await page.getByLabel("SKU baris 1").fill("KRP-APL-100")
    await page.getByLabel("Jumlah baris 1").fill("24")
    await page.getByLabel("SKU baris 2").fill("TIDAK-ADA-999")
    await page.getByLabel("Jumlah baris 2").fill("1")
    // Below the product's minimum order quantity.
    await page.getByLabel("SKU baris 3").fill("KRP-PSG-MNS-250")
    await page.getByLabel("Jumlah baris 3").fill("3")
    await page.getByRole("button", { name: "Masukkan ke keranjang", exact: true }).click()
    const status = page.getByRole("status").filter({ hasText: "TIDAK-ADA-999" })
    await status.waitFor({ timeout: STEP_MS })
    expect(await status.textContent()).toContain("KRP-PSG-MNS-250")
    await screenshot(page, "partner-quick-order")

    await page.goto(`${STOREFRONT}/keranjang`)
    const line = page.getByRole("listitem").filter({ hasText: "Keripik Apel" })
    await line.waitFor()
    expect(await line.getByLabel("Jumlah").inputValue()).toEqual("24")
    // Rupiah are written "Rp 21.000" with a no-break space.
    expect(await line.textContent()).toMatch(/Rp\s21\.000/)
    expect(await page.getByText("Keripik Pisang").count()).toEqual(0)

    // Checkout paid by invoice, on the shop's 30-day terms.
    await Promise.all([
      page.waitForURL(/\/checkout/),
      page.getByRole("link", { name: "Lanjut ke pembayaran" }).click(),
    ])
    expect(await page.getByLabel("E-mail").inputValue()).toEqual(PARTNER.email)
    await page.getByLabel("Nama lengkap").fill("Sari Mitra")
    await page.getByLabel("Nomor HP").fill("0812 3456 7890")
    await page.getByLabel("Provinsi").selectOption("DI Yogyakarta")
    await page.getByLabel("Kota/Kabupaten").fill("Kota Yogyakarta")
    await page.getByLabel("Kecamatan").fill("Gedongtengen")
    await page.getByLabel("Alamat lengkap").fill("Jl. Malioboro No. 52")
    await page.getByLabel("Kode pos").fill("55213")
    await Promise.all([
      page.waitForURL(/langkah=pengiriman/, { timeout: STEP_MS }),
      page.getByRole("button", { name: "Simpan dan lanjut ke pengiriman" }).click(),
    ])
    const pickup = page
      .locator('[data-testid="shipping-group"]')
      .first()
      .locator('input[data-option-code="ambil-di-fasilitas"]')
    await Promise.all([
      page.waitForResponse(
        (response) =>
          response.request().method() === "POST" && response.url().includes("/checkout"),
      ),
      pickup.check(),
    ])
    await Promise.all([
      page.waitForURL(/langkah=pembayaran/, { timeout: STEP_MS }),
      page.getByRole("link", { name: "Lanjut ke pembayaran" }).click(),
    ])
    await page.getByLabel(/Bayar dengan tagihan/).check()
    await Promise.all([
      page.waitForURL(/langkah=tinjau/, { timeout: STEP_MS }),
      page.getByRole("button", { name: "Lanjut ke peninjauan" }).click(),
    ])
    await Promise.all([
      page.waitForURL(/\/pesanan\/[^/]+$/, { timeout: STEP_MS }),
      page.getByRole("button", { name: "Buat pesanan" }).click(),
    ])
    // The invoice is issued as the order is placed; the page shows it once it exists.
    for (let attempt = 0; attempt < 10; attempt++) {
      if ((await page.getByText("Jatuh tempo").count()) > 0) {
        break
      }
      await page.waitForTimeout(500)
      await page.reload()
    }
    const confirmation = (await page.locator("main").textContent()) ?? ""
    expect(confirmation).toMatch(/INV\/\d{4}\/\d{6}/)
    expect(confirmation).toContain("Termin30 hari")
    expect(confirmation).toContain("01.234.567.8-901.000")
    await screenshot(page, "partner-invoice-order")
    await page.close()
  })

  it("switches to English on the same page and back", async () => {
    const page = await browser.newPage()
    await page.goto(`${STOREFRONT}${productPath}?ref=uji`)
    await Promise.all([
      page.waitForURL(/\/en\/produk\//),
      page.getByRole("link", { name: "English" }).click(),
    ])
    expect(new URL(page.url()).pathname).toEqual(`/en${productPath}`)
    expect(new URL(page.url()).searchParams.get("ref")).toEqual("uji")
    expect(await page.getAttribute("html", "lang")).toEqual("en")
    await page.getByRole("button", { name: "Add to cart" }).waitFor()
    await screenshot(page, "product-en")

    await Promise.all([
      page.waitForURL((url) => url.pathname === productPath),
      page.getByRole("link", { name: "Bahasa Indonesia" }).click(),
    ])
    expect(await page.getAttribute("html", "lang")).toEqual("id")
    await page.close()
  })

  it("answers unknown pages and batch codes with a helpful 404 in both languages", async () => {
    const page = await browser.newPage()
    for (const [url, lang] of [
      ["/halaman-yang-tidak-ada", "id"],
      ["/en/no-such-page", "en"],
      ["/p/ZZZZZZZZZZ", "id"],
      ["/en/p/ZZZZZZZZZZ", "en"],
      ["/produk/tidak-ada-produk-ini", "id"],
    ] as const) {
      const response = await page.goto(`${STOREFRONT}${url}`)
      expect(response?.status(), url).toEqual(404)
      // Next 16 sends a page's notFound() as an empty document that the browser
      // then renders (vercel/next.js#62228); the status is right either way.
      await page.locator("h1").waitFor()
      expect(await page.getAttribute("html", "lang"), url).toEqual(lang)
      expect(await page.locator("h1").count(), url).toEqual(1)
      // A way on, never a stack trace.
      expect(
        await page.locator('a[href="/"], a[href="/en"]').count(),
        url,
      ).toBeGreaterThan(0)
      expect(await page.content(), url).not.toMatch(/at \w+ \(|node_modules/)
    }
    await screenshot(page, "not-found-en")
    await page.close()
  })

  it("has no serious accessibility findings and stays within the JavaScript budget on the main pages", async () => {
    const pages = [
      "/",
      "/produk",
      "/kategori/kerajinan-tangan",
      productPath,
      `/p/${batchCode}`,
      "/keranjang",
      "/fasilitas",
      "/akun/masuk",
      "/lacak-pesanan",
      "/cari?q=keripik",
      "/mitra",
      `/en${productPath}`,
    ]
    const report: { path: string; first_load_js_kb: number; violations: string[] }[] = []
    for (const pagePath of pages) {
      // A fresh page each time, so the script total is a first visit's.
      const page = await browser.newPage()
      const response = await page.goto(`${STOREFRONT}${pagePath}`, { waitUntil: "load" })
      expect(response?.status(), pagePath).toEqual(200)
      report.push({
        path: pagePath,
        first_load_js_kb: await scriptKilobytes(page),
        violations: await seriousViolations(page),
      })
      await page.close()
    }
    await fs.writeFile(
      path.join(ARTIFACTS, "report.json"),
      `${JSON.stringify(report, null, 2)}\n`,
    )
    expect(report.filter((entry) => entry.violations.length)).toEqual([])
    for (const entry of report) {
      expect(entry.first_load_js_kb, entry.path).toBeLessThanOrEqual(
        FIRST_LOAD_JS_BUDGET_KB,
      )
      expect(entry.first_load_js_kb, entry.path).toBeGreaterThan(0)
    }
  })
})

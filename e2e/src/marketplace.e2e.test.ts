import { existsSync } from "node:fs"
import fs from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { findFreePort } from "@karya/embedded-db"
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchChromium } from "./browser.js"
import { facilityStaffShipsAnOrder } from "./facility-shipping.js"
import { buyTwoProductsByBankTransfer } from "./guest-checkout.js"
import { killGroup, launchDev, type Launch } from "./launcher.js"

const STOREFRONT = "http://localhost:8000"
const BACKEND = "http://localhost:9000"
const ADMIN = { email: "kantor.pusat@karya.test", password: "uji-admin-2026" }
const READY = "Karya Warga Binaan is running"
const STARTUP_MS = 6 * 60_000

async function adminToken(): Promise<string> {
  const login = await fetch(`${BACKEND}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  })
  expect(login.status).toEqual(200)
  return ((await login.json()) as { token: string }).token
}

async function stopWithCtrlC(launch: Launch) {
  launch.interrupt()
  await launch.waitFor("[dev] Embedded PostgreSQL stopped.", 60_000)
  // pnpm reports an interrupted script with the shell's conventional 130.
  expect([0, 130]).toContain(await launch.exited)
}

/**
 * The README's promise, checked as a newcomer would: `pnpm dev` on an empty
 * data folder brings up the database, the seeded catalog, the backend with
 * its admin and the storefront; Ctrl-C stops it all; a second start reuses
 * the data without seeding again.
 */
describe("pnpm dev on embedded PostgreSQL", () => {
  let dataParent: string
  let dataDir: string
  let env: NodeJS.ProcessEnv
  let launch: Launch | undefined
  let browser: Browser

  beforeAll(async () => {
    dataParent = await fs.mkdtemp(path.join(os.tmpdir(), "karya-e2e-"))
    await fs.chmod(dataParent, 0o755)
    dataDir = path.join(dataParent, "postgres")
    env = {
      EMBEDDED_PG_DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await findFreePort()),
      SEED_ADMIN_EMAIL: ADMIN.email,
      SEED_ADMIN_PASSWORD: ADMIN.password,
      DATABASE_URL: "",
      REDIS_URL: "",
    }
    browser = await launchChromium()
  })

  afterAll(async () => {
    killGroup(launch)
    await browser?.close()
    await fs.rm(dataParent, { recursive: true, force: true })
  })

  it("starts everything on the first run, seeding the demo catalog", async () => {
    launch = launchDev(env)
    await launch.waitFor(READY, STARTUP_MS)
    const output = launch.output()
    expect(output).toContain("Seeding the demo catalog")
    expect(output).toContain(`Storefront   ${STOREFRONT}`)
    expect(output).toContain(`Admin        ${BACKEND}/app`)
    expect(output).toContain(`Admin login  ${ADMIN.email} / ${ADMIN.password}`)
    // Every event of the seed reaches its subscribers (search index included).
    expect(output).not.toContain("An error occurred while processing")
  })

  it("shows the seeded products with rupiah prices on the home page", async () => {
    const page = await browser.newPage()
    const response = await page.goto(STOREFRONT)
    expect(response?.status()).toEqual(200)
    expect(await page.getAttribute("html", "lang")).toEqual("id")

    const cards = page.locator("article")
    expect(await cards.count()).toBeGreaterThanOrEqual(4)
    const prices = await page.getByText(/^Rp\s\d{1,3}(\.\d{3})+$/).allInnerTexts()
    expect(prices.length).toBeGreaterThanOrEqual(4)
    await page.close()
  })

  it("lists the whole catalog, 12 a page, with a category filter", async () => {
    const page = await browser.newPage()
    await page.goto(`${STOREFRONT}/produk`)
    const summary = await page.locator("#daftar-produk").innerText()
    const total = Number(summary.match(/dari (\d+) produk/)?.[1])
    expect(total).toBeGreaterThanOrEqual(30)
    expect(await page.locator("article").count()).toEqual(12)

    await page.goto(`${STOREFRONT}/produk?kategori=kuliner-olahan`)
    expect(await page.locator("h1").innerText()).toEqual("Kuliner Olahan")
    const foodTotal = Number(
      (await page.locator("#daftar-produk").innerText()).match(/dari (\d+) produk/)?.[1],
    )
    expect(foodTotal).toBeGreaterThan(0)
    expect(foodTotal).toBeLessThan(total)
    await page.close()
  })

  it("serves the admin dashboard at /app and lets the seeded admin log in", async () => {
    const dashboard = await fetch(`${BACKEND}/app`)
    expect(dashboard.status).toEqual(200)
    expect(await dashboard.text()).toContain('<div id="medusa"')

    const login = await fetch(`${BACKEND}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(ADMIN),
    })
    expect(login.status).toEqual(200)
    const { token } = (await login.json()) as { token: string }
    const me = await fetch(`${BACKEND}/admin/users/me`, {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(((await me.json()) as { user: { email: string } }).user.email).toEqual(
      ADMIN.email,
    )
  })

  it("a guest buys two products with bank transfer from the home page to the confirmation page", async () => {
    const placed = await buyTwoProductsByBankTransfer(browser, STOREFRONT)

    expect(placed.displayId).toBeGreaterThan(0)
    expect(placed.transferText).toMatch(
      /Transfer Rp\s[\d.]+ ke .+ a\.n\. .+ sebelum \w+, \d{1,2} \w+ \d{4} \d{2}\.\d{2} WIB, cantumkan berita KWB-\w+/,
    )

    const token = await adminToken()
    const headers = { authorization: `Bearer ${token}` }
    const response = await fetch(
      `${BACKEND}/admin/orders/${placed.orderId}?fields=id,display_id,email,total,payment_status,*items,*shipping_methods`,
      { headers },
    )
    expect(response.status).toEqual(200)
    const { order } = (await response.json()) as {
      order: {
        display_id: number
        email: string
        total: number
        payment_status: string
        items: { product_title: string; quantity: number }[]
        shipping_methods: unknown[]
      }
    }
    expect(order.display_id).toEqual(placed.displayId)
    expect(order.email).toEqual(placed.email)
    expect(order.payment_status).toEqual("authorized")
    expect(order.items.map((item) => item.product_title).sort()).toEqual(
      [...placed.productTitles].sort(),
    )
    // One shipping method per shipment the buyer chose for.
    expect(order.shipping_methods).toHaveLength(placed.shipmentCount)
    const amount = placed.transferText.match(/Transfer Rp\s([\d.]+)/)?.[1]
    expect(Number(amount?.replaceAll(".", ""))).toEqual(Math.round(order.total))

    // The double click on "Buat pesanan" placed one order, not two.
    const sameBuyer = await fetch(
      `${BACKEND}/admin/orders?fields=id,email&limit=100&order=-created_at`,
      { headers },
    )
    const { orders } = (await sameBuyer.json()) as { orders: { email: string }[] }
    expect(orders.filter((candidate) => candidate.email === placed.email)).toHaveLength(1)
  })

  it("facility staff log in to the admin and ship a paid order with a tracking number", async () => {
    const { after, trackingNumber, refused } = await facilityStaffShipsAnOrder(
      browser,
      BACKEND,
      await adminToken(),
    )
    expect(after.status).toEqual("shipped")
    expect(after.fulfillment).toMatchObject({
      courier: "JNE",
      tracking_number: trackingNumber,
    })
    // The dashboard's own shell asks for nothing the staff policy refuses.
    expect(refused).toEqual([])
  })

  it("stops everything on Ctrl-C, embedded PostgreSQL included", async () => {
    await stopWithCtrlC(launch!)
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false)
    await expect(fetch(STOREFRONT)).rejects.toThrow()
    await expect(fetch(`${BACKEND}/health`)).rejects.toThrow()
  })

  it("starts again on the same data without seeding twice", async () => {
    launch = launchDev(env)
    await launch.waitFor(READY, STARTUP_MS)
    expect(launch.output()).not.toContain("Seeding the demo catalog")

    const page = await browser.newPage()
    await page.goto(`${STOREFRONT}/produk`)
    const summary = await page.locator("#daftar-produk").innerText()
    expect(Number(summary.match(/dari (\d+) produk/)?.[1])).toBeGreaterThanOrEqual(30)
    await page.close()

    await stopWithCtrlC(launch)
  })
})

import { existsSync } from "node:fs"
import fs from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { findFreePort } from "@karya/embedded-db"
import { chromium, type Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { killGroup, launchDev, type Launch } from "./launcher.js"

const STOREFRONT = "http://localhost:8000"
const BACKEND = "http://localhost:9000"
const ADMIN = { email: "kantor.pusat@karya.test", password: "uji-admin-2026" }
const READY = "Karya Warga Binaan is running"
const STARTUP_MS = 6 * 60_000
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"

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
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    })
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

import type { Browser, Page } from "playwright-core"

/** A test buyer's address; the province decides which courier rates apply. */
export const TEST_BUYER = {
  fullName: "Uji Pembeli Tamu",
  phone: "0812 3456 7890",
  province: "Jawa Timur",
  city: "Kota Surabaya",
  district: "Tegalsari",
  street: "Jl. Pemuda No. 12, RT 03/RW 05",
  postalCode: "60271",
}

const STEP_MS = 60_000

export type PlacedOrder = {
  email: string
  orderId: string
  displayId: number
  productTitles: string[]
  transferText: string
}

/**
 * Opens the product cards of the page `openList` shows, one after another, until one
 * can be added to the cart; returns its title.
 */
async function addFirstBuyable(
  page: Page,
  openList: () => Promise<void>,
): Promise<string> {
  await openList()
  const cardCount = await page.locator("article h3 a").count()
  for (let index = 0; index < cardCount; index++) {
    if (index > 0) {
      await openList()
    }
    const link = page.locator("article h3 a").nth(index)
    const title = (await link.innerText()).trim()
    await Promise.all([page.waitForURL(/\/produk\/[^/?]+$/), link.click()])
    await page.locator("h1").waitFor()

    const addButton = page.getByRole("button", { name: "Tambah ke keranjang" })
    if ((await addButton.count()) === 0 || !(await addButton.isEnabled())) {
      continue
    }
    await addButton.click()
    const added = page.getByText("Produk ditambahkan ke keranjang.")
    const refused = page.getByRole("status").locator("span")
    await added.or(refused).first().waitFor({ timeout: STEP_MS })
    if ((await added.count()) > 0) {
      return title
    }
  }
  throw new Error(`No product on ${page.url()} could be added to the cart`)
}

/** Picks one option per shipment: pickup for the first, a courier for the others when offered. */
async function chooseShipping(page: Page) {
  const groups = page.locator('[data-testid="shipping-group"]')
  await groups.first().waitFor({ timeout: STEP_MS })
  const count = await groups.count()
  for (let index = 0; index < count; index++) {
    const group = groups.nth(index)
    const preference =
      index === 0
        ? ["ambil-di-fasilitas", "reguler", "kargo"]
        : ["reguler", "kargo", "ambil-di-fasilitas"]
    let option = group.locator("input[type=radio]").first()
    for (const code of preference) {
      const candidate = group.locator(`input[data-option-code="${code}"]`)
      if ((await candidate.count()) > 0) {
        option = candidate.first()
        break
      }
    }
    const value = await option.getAttribute("value")
    // Each choice is a Server Action; wait for it before the next one.
    await Promise.all([
      page.waitForResponse(
        (response) =>
          response.request().method() === "POST" && response.url().includes("/checkout"),
      ),
      option.check(),
    ])
    await group.locator(`input[value="${value}"]:checked`).waitFor({ timeout: STEP_MS })
  }
  return count
}

/**
 * The buyer's whole path as a person clicks it: home, two products, cart, the four
 * checkout steps with bank transfer, and the confirmation page.
 */
export async function buyTwoProductsByBankTransfer(
  browser: Browser,
  storefront: string,
): Promise<PlacedOrder & { shipmentCount: number }> {
  // A fresh context is a guest with no cart cookie.
  const context = await browser.newContext()
  const page = await context.newPage()
  try {
    const productTitles: string[] = []
    // The first from the home page's newest products (workshop goods in the seed) ...
    productTitles.push(
      await addFirstBuyable(page, async () => {
        await page.goto(storefront)
      }),
    )
    // ... the second from another category, so the cart is likely to ship in parts.
    productTitles.push(
      await addFirstBuyable(page, async () => {
        await page.goto(storefront)
        await Promise.all([
          page.waitForURL(/kategori=kerajinan-tangan/),
          page
            .getByRole("link", { name: /Kerajinan Tangan/ })
            .first()
            .click(),
        ])
      }),
    )

    await page.getByTestId("cart-count").filter({ hasText: "2" }).waitFor()
    await Promise.all([
      page.waitForURL(/\/keranjang$/),
      page.getByRole("link", { name: /^Keranjang, 2 barang$/ }).click(),
    ])
    for (const title of productTitles) {
      await page.getByRole("link", { name: title }).first().waitFor()
    }

    await Promise.all([
      page.waitForURL(/\/checkout/),
      page.getByRole("link", { name: "Lanjut ke pembayaran" }).click(),
    ])

    const email = `tamu.${Date.now()}@contoh.id`
    await page.getByLabel("E-mail").fill(email)
    await page.getByLabel("Nama lengkap").fill(TEST_BUYER.fullName)
    await page.getByLabel("Nomor HP").fill(TEST_BUYER.phone)
    await page.getByLabel("Provinsi").selectOption(TEST_BUYER.province)
    await page.getByLabel("Kota/Kabupaten").fill(TEST_BUYER.city)
    await page.getByLabel("Kecamatan").fill(TEST_BUYER.district)
    await page.getByLabel("Alamat lengkap").fill(TEST_BUYER.street)
    await page.getByLabel("Kode pos").fill(TEST_BUYER.postalCode)
    await Promise.all([
      page.waitForURL(/langkah=pengiriman/, { timeout: STEP_MS }),
      page.getByRole("button", { name: "Simpan dan lanjut ke pengiriman" }).click(),
    ])

    const shipmentCount = await chooseShipping(page)
    await Promise.all([
      page.waitForURL(/langkah=pembayaran/, { timeout: STEP_MS }),
      page.getByRole("link", { name: "Lanjut ke pembayaran" }).click(),
    ])

    await page.getByLabel(/Transfer bank/).check()
    await Promise.all([
      page.waitForURL(/langkah=tinjau/, { timeout: STEP_MS }),
      page.getByRole("button", { name: "Lanjut ke peninjauan" }).click(),
    ])

    await page
      .getByText(/termasuk PPN Rp/)
      .first()
      .waitFor()
    // A double click must still place exactly one order.
    await Promise.all([
      page.waitForURL(/\/pesanan\/[^/]+$/, { timeout: STEP_MS }),
      page.getByRole("button", { name: "Buat pesanan" }).dblclick(),
    ])

    const orderId = new URL(page.url()).pathname.split("/").pop()!
    const displayId = Number(
      (await page.getByTestId("order-number").innerText()).replace("#", ""),
    )
    const transferText = await page.getByTestId("bank-transfer").innerText()
    return { email, orderId, displayId, productTitles, transferText, shipmentCount }
  } finally {
    await context.close()
  }
}

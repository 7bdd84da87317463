import fs from "node:fs/promises"
import path from "node:path"
import type { Browser } from "playwright-core"
import { repoRoot } from "./launcher.js"

const ARTIFACTS = path.join(repoRoot, "e2e/artifacts/admin")
const STEP_MS = 30_000
const PASSWORD = "petugas-uji-2026"

type Shipment = {
  id: string
  display_id: number
  status: string
  delivery: string
  fulfillment: { courier: string | null; tracking_number: string | null } | null
}

async function api<T>(backend: string, token: string, url: string, body?: unknown) {
  const response = await fetch(`${backend}${url}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) {
    throw new Error(`${url}: ${response.status} ${await response.text()}`)
  }
  return (await response.json()) as T
}

/** The first paid courier shipment some facility still has to pack. */
async function shipmentToPack(backend: string, token: string) {
  const { facilities } = await api<{ facilities: { id: string }[] }>(
    backend,
    token,
    "/admin/facilities?limit=100",
  )
  for (const facility of facilities) {
    const { shipments } = await api<{ shipments: Shipment[] }>(
      backend,
      token,
      `/admin/facilities/${facility.id}/shipments?status=open&limit=100`,
    )
    const shipment = shipments.find(
      (candidate) => candidate.status === "to_pack" && candidate.delivery !== "pickup",
    )
    if (shipment) return { facilityId: facility.id, shipment }
  }
  throw new Error("No facility has a paid courier shipment to pack")
}

/** Head office invites staff of the facility; they set their password as the invite asks. */
async function inviteStaff(backend: string, token: string, facilityId: string) {
  const email = `petugas.${Date.now()}@contoh.karya.local`
  const { invite } = await api<{ invite: { token: string } }>(
    backend,
    token,
    "/admin/staff/invites",
    { email, role: "facility_staff", facility_id: facilityId },
  )
  const registered = await fetch(`${backend}/auth/user/emailpass/register`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  const { token: registration } = (await registered.json()) as { token: string }
  await api(backend, registration, `/admin/invites/accept?token=${invite.token}`, {
    first_name: "Petugas",
    last_name: "Gudang",
  })
  return email
}

/**
 * Facility staff log in to the admin dashboard in Bahasa Indonesia and ship a
 * paid order from their facility's queue with a courier and tracking number.
 * Returns the shipment as head office then reads it.
 */
export async function facilityStaffShipsAnOrder(
  browser: Browser,
  backend: string,
  headOfficeToken: string,
) {
  const { facilityId, shipment } = await shipmentToPack(backend, headOfficeToken)
  const email = await inviteStaff(backend, headOfficeToken, facilityId)
  const trackingNumber = `JNE-${Date.now()}`

  await fs.mkdir(ARTIFACTS, { recursive: true })
  const context = await browser.newContext({ locale: "id-ID" })
  const page = await context.newPage()
  page.setDefaultTimeout(STEP_MS)
  const refused: string[] = []
  page.on("response", (response) => {
    if (response.status() === 403) refused.push(response.url())
  })

  // The dashboard asks for a login, then returns to the page that was asked for.
  await page.goto(`${backend}/app/fulfilment`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(PASSWORD)
  await page.keyboard.press("Enter")
  await page.getByRole("heading", { name: "Pengiriman" }).waitFor()

  const row = page.locator(`tr[data-order="${shipment.display_id}"]`)
  await row.getByRole("button", { name: "Kirim" }).click()
  await page.getByLabel("Kurir").click()
  await page.getByRole("option", { name: "JNE" }).click()
  await page.getByLabel("Nomor resi").fill(trackingNumber)
  await page.screenshot({ path: path.join(ARTIFACTS, "ship-drawer.png") })
  await page.getByRole("button", { name: "Tandai dikirim" }).click()
  await row.waitFor({ state: "detached" })

  await page.getByRole("tab", { name: "Dikirim" }).click()
  await page
    .locator(`tr[data-order="${shipment.display_id}"]`)
    .getByText(trackingNumber)
    .waitFor()
  await page.screenshot({ path: path.join(ARTIFACTS, "shipped.png"), fullPage: true })
  await context.close()

  const { shipment: after } = await api<{ shipment: Shipment }>(
    backend,
    headOfficeToken,
    `/admin/facilities/${facilityId}/shipments/${shipment.id}`,
  )
  return { after, trackingNumber, refused }
}

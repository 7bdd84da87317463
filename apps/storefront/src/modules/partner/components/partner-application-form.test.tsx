import { NextIntlClientProvider } from "next-intl"
import { renderToStaticMarkup } from "react-dom/server"
import { describe, expect, it, vi } from "vitest"

import { loadMessages } from "@/messages"
import { emptyApplication } from "@/modules/partner/util/application-form"

import { PartnerApplicationForm } from "./partner-application-form"

vi.mock("@/i18n/navigation", () => import("@/modules/products/test-navigation"))
// The Server Action reaches the backend; rendering needs only its name.
vi.mock("@/lib/actions/partner", () => ({ applyForPartnership: vi.fn() }))

async function render() {
  return renderToStaticMarkup(
    <NextIntlClientProvider
      locale="id"
      messages={await loadMessages("id")}
      timeZone="Asia/Jakarta"
    >
      <PartnerApplicationForm
        initial={{ ...emptyApplication(), email: "sari@contoh.id" }}
        provinces={["Jawa Timur", "Bali"]}
        loggedIn
      />
    </NextIntlClientProvider>,
  )
}

describe("PartnerApplicationForm", () => {
  it("labels every field and links its hint", async () => {
    const html = await render()
    for (const field of [
      "business_name",
      "npwp",
      "contact_name",
      "email",
      "phone",
      "address_1",
      "address_2",
      "city",
      "province",
      "postal_code",
      "expected_monthly_volume",
      "notes",
    ]) {
      expect(html, field).toContain(`for="${field}"`)
      expect(html, field).toContain(`id="${field}"`)
    }
    expect(html).toMatch(/id="npwp"[^>]*aria-describedby="npwp-hint"/)
    expect(html).toContain('value="sari@contoh.id"')
  })

  it("asks only what HTML can check", async () => {
    const html = await render()
    expect(html).toMatch(/id="postal_code"[^>]*pattern="\[0-9\]\{5\}"/)
    expect(html).toMatch(/id="address_2"(?![^>]*required)[^>]*>/)
    expect(html).toMatch(/id="expected_monthly_volume"[^>]*type="number"[^>]*min="1"/)
    expect(html).toContain('<option value="Bali">Bali</option>')
  })
})

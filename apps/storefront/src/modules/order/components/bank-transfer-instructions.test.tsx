import { NextIntlClientProvider } from "next-intl"
import { renderToStaticMarkup } from "react-dom/server"
import { describe, expect, it } from "vitest"

import type { Locale } from "@/i18n/routing"
import type { BankTransfer } from "@/lib/data/orders"
import { loadMessages } from "@/messages"

import { BankTransferInstructions } from "./bank-transfer-instructions"

const transfer: BankTransfer = {
  bank_name: "Bank Rakyat Indonesia",
  account_number: "0123-01-000123-30-5",
  account_holder: "Koperasi Karya Warga Binaan",
  amount: 434000,
  currency_code: "idr",
  reference: "KWB-7M3Q9XZC",
  deadline: "2026-11-30T16:59:00.000Z",
  status: "awaiting_payment",
}

async function render(shown: BankTransfer, locale: Locale = "id") {
  return renderToStaticMarkup(
    <NextIntlClientProvider
      locale={locale}
      messages={await loadMessages(locale)}
      timeZone="Asia/Jakarta"
    >
      <BankTransferInstructions transfer={shown} />
    </NextIntlClientProvider>,
  )
}

const text = (html: string) => html.replace(/<[^>]+>/g, "")

describe("BankTransferInstructions", () => {
  it("says what to transfer where, by when and with which note", async () => {
    const html = await render(transfer)
    expect(text(html)).toContain(
      "Transfer Rp\u00a0434.000 ke Bank Rakyat Indonesia 0123-01-000123-30-5 a.n. Koperasi Karya Warga Binaan sebelum Senin, 30 November 2026 23.59 WIB, cantumkan berita KWB-7M3Q9XZC.",
    )
    expect(html).toContain("<strong>KWB-7M3Q9XZC</strong>")
  })

  it("leaves the deadline out while the backend has none", async () => {
    const html = await render({ ...transfer, deadline: null })
    expect(text(html)).toContain("Koperasi Karya Warga Binaan, cantumkan berita")
    expect(html).not.toContain("sebelum")
  })

  it("speaks English on English pages, in rupiah and Jakarta time", async () => {
    const html = await render(transfer, "en")
    expect(text(html)).toContain(
      "Transfer Rp\u00a0434.000 to Bank Rakyat Indonesia account 0123-01-000123-30-5 in the name of Koperasi Karya Warga Binaan by Monday, 30 November 2026, 23:59 WIB, with KWB-7M3Q9XZC as the transfer reference.",
    )
    expect(html).toContain("Complete your payment by bank transfer")
  })

  it("replaces the instructions once the order is paid", async () => {
    const html = await render({ ...transfer, status: "paid" })
    expect(html).toContain("Pembayaran sudah kami terima")
    expect(html).not.toContain("0123-01-000123-30-5")
  })
})

import type { ReactNode } from "react"

import type { BankTransfer } from "@/lib/data/orders"

/** Every visible string of the order confirmation, kept together for next-intl later. */
export const orderText = {
  metaTitle: "Pesanan",
  heading: "Terima kasih, pesanan Anda sudah kami terima",
  orderNumber: "Nomor pesanan",
  displayId: (displayId: number | string | undefined) => `#${displayId ?? ""}`,
  emailNote: (email: string) => `Ringkasan pesanan juga kami kirim ke ${email}.`,
  itemsHeading: "Barang",
  shippingHeading: "Pengiriman",
  shipmentHeading: (position: number, count: number) =>
    `Pengiriman ${position} dari ${count}`,
  from: (facility: string, province: string | null) =>
    province ? `dari ${facility}, ${province}` : `dari ${facility}`,
  free: "Gratis",
  addressHeading: "Dikirim ke",
  totalsHeading: "Rincian biaya",
  continueShopping: "Lanjut belanja",
  transfer: {
    heading: "Selesaikan pembayaran dengan transfer bank",
    /** Parts of one sentence; the caller emphasises the values. */
    instruction: (parts: {
      amount: ReactNode
      bank: ReactNode
      account: ReactNode
      holder: ReactNode
      deadline: ReactNode
      reference: ReactNode
    }): ReactNode[] => [
      "Transfer ",
      parts.amount,
      " ke ",
      parts.bank,
      " ",
      parts.account,
      " a.n. ",
      parts.holder,
      ...(parts.deadline ? [" sebelum ", parts.deadline] : []),
      ", cantumkan berita ",
      parts.reference,
      ".",
    ],
    details: {
      bank: "Bank",
      account: "Nomor rekening",
      holder: "Atas nama",
      amount: "Jumlah transfer",
      reference: "Berita transfer",
      deadline: "Batas waktu",
    },
    exactAmount:
      "Transfer tepat sebesar jumlah di atas agar pembayaran Anda mudah kami cocokkan.",
    unpaidNote:
      "Pesanan yang belum dibayar sampai batas waktu dibatalkan secara otomatis.",
    status: {
      awaiting_payment: "Menunggu pembayaran",
      paid: "Pembayaran sudah kami terima. Terima kasih!",
      canceled: "Pesanan ini dibatalkan.",
    } satisfies Record<BankTransfer["status"], string>,
  },
  notFoundTitle: "Pesanan tidak ditemukan",
  notFoundBody: "Periksa kembali tautan pesanan Anda.",
  backHome: "Kembali ke beranda",
}

const rupiah = new Intl.NumberFormat("id-ID", {
  style: "currency",
  currency: "IDR",
  maximumFractionDigits: 0,
  minimumFractionDigits: 0,
})

/** Formats a Medusa amount (major units: 150000 is Rp 150.000) as Indonesian rupiah. */
export function formatRupiah(amount: number): string {
  return rupiah.format(amount)
}

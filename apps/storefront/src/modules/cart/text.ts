/** Every visible string of the cart, kept together for the later move to next-intl. */
export const cartText = {
  title: "Keranjang",
  headerLink: "Keranjang",
  headerLabel: (count: number) =>
    count === 0 ? "Keranjang, kosong" : `Keranjang, ${count} barang`,
  empty: "Keranjang Anda masih kosong.",
  startShopping: "Mulai belanja",
  continueShopping: "← Lanjut belanja",
  itemsHeading: "Barang di keranjang",
  quantity: "Jumlah",
  update: "Ubah",
  remove: "Hapus",
  saving: "Menyimpan…",
  eachPrice: (price: string) => `${price} / barang`,
  summaryHeading: "Ringkasan",
  subtotal: "Subtotal",
  shipping: "Ongkos kirim",
  shippingLater: "Dihitung saat checkout",
  free: "Gratis",
  taxLabel: "PPN",
  taxIncluded: (amount: string) => `termasuk PPN ${amount}`,
  total: "Total",
  shippingNote:
    "Ongkos kirim dihitung di langkah pengiriman sesuai alamat tujuan dan berat barang. Barang dari fasilitas yang berbeda dikirim terpisah.",
  checkout: "Lanjut ke pembayaran",
  errors: {
    "invalid-quantity": "Jumlah harus antara 0 dan 99.",
    refused: "Jumlah ini tidak dapat disimpan. Stoknya mungkin tidak mencukupi.",
    failed: "Terjadi gangguan saat menyimpan keranjang. Silakan coba lagi.",
  },
  unavailableTitle: "Keranjang belum dapat ditampilkan",
  unavailableBody:
    "Kami sedang tidak dapat memuat keranjang Anda. Silakan coba lagi nanti.",
} as const

/** Every visible string of the product page, kept together for the later move to next-intl. */
export const productText = {
  allProducts: "← Semua produk",
  description: "Deskripsi",
  variant: "Pilih varian",
  quantity: "Jumlah",
  addToCart: "Tambah ke keranjang",
  adding: "Menambahkan…",
  soldOut: "Stok habis",
  inStock: "Stok tersedia",
  fewLeft: (count: number) => `Tinggal ${count} lagi`,
  priceUnavailable: "Harga belum tersedia",
  added: "Produk ditambahkan ke keranjang.",
  viewCart: "Lihat keranjang",
  imageAlt: (title: string, position: number) =>
    position === 1 ? title : `${title}, foto ${position}`,
  errors: {
    "invalid-quantity": "Jumlah harus antara 1 dan 99.",
    refused:
      "Produk ini tidak dapat ditambahkan ke keranjang. Stoknya mungkin tidak mencukupi.",
    failed: "Terjadi gangguan saat menambahkan ke keranjang. Silakan coba lagi.",
  },
  notFoundTitle: "Produk tidak ditemukan",
  notFoundBody: "Produk yang Anda cari tidak ada atau sudah tidak dijual.",
  browseAll: "Lihat semua produk",
} as const

import type { AddressField, AddressFieldError } from "@/lib/util/indonesian-address"

/** Every visible string of the checkout, kept together for the later move to next-intl. */
export const checkoutText = {
  title: "Checkout",
  backToCart: "← Kembali ke keranjang",
  edit: "Ubah",
  continue: "Lanjut",
  saving: "Menyimpan…",
  stepHeading: (position: number, label: string) => `${position}. ${label}`,
  steps: {
    alamat: "Kontak dan alamat",
    pengiriman: "Pengiriman",
    pembayaran: "Pembayaran",
    tinjau: "Tinjau pesanan",
  },
  notYet: "Selesaikan langkah sebelumnya terlebih dahulu.",

  address: {
    contactHeading: "Kontak",
    addressHeading: "Alamat pengiriman",
    labels: {
      email: "E-mail",
      full_name: "Nama lengkap",
      phone: "Nomor HP",
      province: "Provinsi",
      city: "Kota/Kabupaten",
      district: "Kecamatan",
      address_1: "Alamat lengkap",
      postal_code: "Kode pos",
    } satisfies Record<AddressField, string>,
    hints: {
      email: "Konfirmasi dan instruksi pembayaran dikirim ke sini.",
      phone: "Contoh: 0812 3456 7890 atau +62 812 3456 7890",
      address_1: "Nama jalan, nomor rumah, RT/RW, patokan",
    } as Partial<Record<AddressField, string>>,
    choose: "Pilih provinsi",
    errors: {
      required: "Wajib diisi.",
      "invalid-email": "Alamat e-mail tidak valid.",
      "invalid-phone": "Nomor HP harus diawali 08 atau +62, misalnya 0812 3456 7890.",
      "invalid-postal-code": "Kode pos terdiri dari 5 angka.",
      "unknown-province": "Pilih provinsi dari daftar.",
    } satisfies Record<AddressFieldError, string>,
    errorSummary: "Periksa kembali isian yang ditandai.",
    failed: "Alamat belum tersimpan karena terjadi gangguan. Silakan coba lagi.",
    submit: "Simpan dan lanjut ke pengiriman",
  },

  shipping: {
    rule: (facilities: number, shipments: number) =>
      facilities > 1
        ? `Pesanan Anda dikirim dari ${facilities} fasilitas dalam ${shipments} pengiriman terpisah, jadi pilih cara kirim untuk setiap pengiriman.`
        : shipments > 1
          ? `Pesanan Anda dikirim dari 1 fasilitas dalam ${shipments} pengiriman terpisah, jadi pilih cara kirim untuk setiap pengiriman.`
          : "Pesanan Anda dikirim dari 1 fasilitas. Pilih cara kirimnya.",
    heavyRule:
      "Barang berat (seperti mebel) hanya dapat dikirim dengan kargo atau diambil sendiri di fasilitas.",
    freeRule: (threshold: string) =>
      `Ongkir kurir gratis untuk setiap pengiriman senilai ${threshold} atau lebih.`,
    groupHeading: (position: number, count: number) =>
      `Pengiriman ${position} dari ${count}`,
    from: (facility: string, province: string | null) =>
      province ? `dari ${facility}, ${province}` : `dari ${facility}`,
    heavy: "Barang berat",
    weight: (weight: string) => `Berat ${weight}`,
    eta: (min: number | null, max: number | null) =>
      min === null && max === null
        ? null
        : min === max || max === null
          ? `${min ?? max} hari`
          : min === null
            ? `hingga ${max} hari`
            : `${min}–${max} hari`,
    free: "Gratis",
    save: "Simpan pilihan",
    noOptions:
      "Belum ada cara kirim untuk pengiriman ini ke alamat Anda. Silakan ubah alamat atau hubungi kami.",
    needsAddress: "Isi alamat pengiriman terlebih dahulu.",
    continue: "Lanjut ke pembayaran",
    chooseAll: "Pilih cara kirim untuk setiap pengiriman untuk melanjutkan.",
    errors: {
      refused:
        "Cara kirim ini tidak tersedia untuk pesanan Anda. Silakan pilih yang lain.",
      failed: "Pilihan belum tersimpan karena terjadi gangguan. Silakan coba lagi.",
    },
  },

  payment: {
    providers: {
      pp_transfer_bank: {
        name: "Transfer bank",
        description:
          "Nomor rekening, jumlah yang harus ditransfer, dan batas waktu pembayaran ditampilkan setelah Anda membuat pesanan.",
      },
      pp_stripe_stripe: {
        name: "Kartu dan pembayaran daring (Stripe)",
        description:
          "Bayar dengan kartu atau metode pembayaran daring lain yang tersedia di Stripe.",
      },
    } as Record<string, { name: string; description: string }>,
    none: "Belum ada metode pembayaran yang tersedia. Silakan coba lagi nanti.",
    submit: "Lanjut ke peninjauan",
    errors: {
      refused: "Metode pembayaran ini tidak tersedia. Silakan pilih yang lain.",
      failed:
        "Metode pembayaran belum tersimpan karena terjadi gangguan. Silakan coba lagi.",
    },
  },

  review: {
    itemsHeading: "Barang",
    addressHeading: "Dikirim ke",
    contactHeading: "Kontak",
    shippingHeading: "Pengiriman",
    paymentHeading: "Pembayaran",
    totalsHeading: "Rincian biaya",
    placeOrder: "Buat pesanan",
    placing: "Membuat pesanan…",
    agreement:
      "Dengan membuat pesanan, Anda menyetujui pembayaran sebesar total di atas.",
    errors: {
      refused: "Pesanan belum dapat dibuat.",
      failed: "Pesanan belum dapat dibuat karena terjadi gangguan. Silakan coba lagi.",
      stripe: "Pembayaran belum berhasil. Silakan periksa data pembayaran Anda.",
    },
    stripeNotReady: "Formulir pembayaran belum siap. Tunggu sebentar lalu coba lagi.",
    stripeReturned:
      "Pembayaran Anda sudah dikonfirmasi. Tekan tombol di bawah untuk menyelesaikan pesanan.",
  },

  summaryHeading: "Ringkasan pesanan",
  unavailable: "Checkout belum dapat ditampilkan. Silakan coba lagi beberapa saat lagi.",
}

import type { CertificateType } from "../../modules/quality/evaluate"
import type { StandardData } from "../../workflows/quality/steps/standard-steps"

// Demo quality data: standards per category, the label facts each product states,
// and the certificates its facility holds. Numbers follow the real formats but are
// invented. Nothing here names a maker: see the privacy rule in DESIGN.md.

export const QUALITY_STANDARDS: StandardData[] = [
  {
    code: "pangan-olahan",
    name: "Standar Pangan Olahan Rumah Tangga",
    product_type: "food",
    category_handles: ["kuliner-olahan"],
    certificate_requirements: {
      requirements: [
        { label: "Izin edar pangan", any_of: ["pirt", "bpom_md"] },
        { label: "Status halal", any_of: ["halal", "non_halal_declaration"] },
      ],
    },
    label_fields: ["ingredients", "net_weight", "allergens", "storage", "shelf_life"],
    checklist: {
      items: [
        { key: "kemasan_tersegel", label: "Kemasan tersegel rapat dan tidak bocor" },
        {
          key: "label_lengkap",
          label:
            "Label lengkap dan terbaca (komposisi, berat bersih, alergen, nomor izin edar, logo halal)",
        },
        {
          key: "berat_bersih_sesuai",
          label: "Berat bersih sesuai label (timbang 5 kemasan contoh)",
        },
        {
          key: "organoleptik_normal",
          label: "Rasa, aroma, dan tekstur normal (uji organoleptik)",
        },
        {
          key: "bebas_benda_asing",
          label: "Bebas benda asing (rambut, kerikil, serangga, serpihan plastik)",
        },
        {
          key: "kode_produksi_kedaluwarsa",
          label: "Kode produksi dan tanggal kedaluwarsa tercetak jelas",
        },
      ],
    },
    requires_inspection: true,
  },
  {
    code: "kerajinan-tangan",
    name: "Standar Kerajinan Tangan",
    product_type: "craft",
    category_handles: ["kerajinan-tangan"],
    certificate_requirements: { requirements: [] },
    label_fields: ["material", "care"],
    checklist: {
      items: [
        {
          key: "pengerjaan_rapi",
          label: "Jahitan, anyaman, atau ukiran rapi dan simetris",
        },
        {
          key: "ukuran_sesuai",
          label: "Ukuran sesuai deskripsi produk (toleransi ±1 cm)",
        },
        {
          key: "warna_tidak_luntur",
          label: "Warna tidak luntur (uji gosok dengan kain putih basah)",
        },
        {
          key: "bebas_cacat",
          label: "Bebas cacat, lubang, retak, atau serat lepas",
        },
        {
          key: "kemasan_melindungi",
          label: "Kemasan melindungi produk selama pengiriman",
        },
      ],
    },
    requires_inspection: true,
  },
  {
    code: "hasil-bengkel-kerja",
    name: "Standar Hasil Bengkel Kerja",
    product_type: "workshop_good",
    category_handles: ["hasil-bengkel-kerja"],
    // SNI certificates are held where they apply (metal furniture) but this
    // standard does not require them.
    certificate_requirements: { requirements: [] },
    label_fields: ["dimensions", "material", "finish"],
    checklist: {
      items: [
        {
          key: "dimensi_sesuai",
          label: "Dimensi sesuai gambar kerja (toleransi ±2 mm)",
        },
        { key: "sambungan_kuat", label: "Sambungan kuat dan tidak goyang" },
        {
          key: "finishing_rata",
          label: "Finishing rata tanpa gelembung, tetesan, atau goresan",
        },
        {
          key: "kadar_air_atau_las",
          label:
            "Kadar air kayu ≤ 12% (uji moisture meter) atau hasil las tanpa retak dan keropos",
        },
        {
          key: "tanpa_tepi_tajam",
          label: "Tidak ada tepi tajam, serpihan kayu, atau sisa las menonjol",
        },
        {
          key: "beban_uji_sesuai",
          label: "Lolos uji beban sesuai kapasitas yang dinyatakan",
        },
      ],
    },
    requires_inspection: true,
  },
]

const KERING_SEJUK =
  "Simpan di tempat kering dan sejuk, terhindar dari sinar matahari langsung."
const ENAM_BULAN = "6 bulan sejak tanggal produksi"
const TANPA_ALERGEN = "Tidak mengandung alergen utama"

/**
 * The facts each product's label states, keyed by product handle. `material`
 * is not repeated here: it comes from the product's own attribute.
 */
export const LABEL_FACTS: Record<string, Record<string, string>> = {
  // Kuliner olahan
  "keripik-singkong-bengkulu": {
    ingredients:
      "Singkong, minyak kelapa, garam, bawang putih. Varian balado: ditambah cabai merah, bawang merah, dan gula pasir.",
    net_weight: "250 g",
    allergens: TANPA_ALERGEN,
    storage: `${KERING_SEJUK} Tutup kembali klip setelah dibuka.`,
    shelf_life: ENAM_BULAN,
  },
  "keripik-pisang-manis": {
    ingredients: "Pisang kepok, minyak kelapa, gula aren.",
    net_weight: "250 g",
    allergens: TANPA_ALERGEN,
    storage: `${KERING_SEJUK} Tutup rapat setelah dibuka.`,
    shelf_life: ENAM_BULAN,
  },
  "rengginang-ketan": {
    ingredients: "Beras ketan, bawang putih, terasi udang, garam, ketumbar.",
    net_weight: "250 g",
    allergens: "Mengandung udang (terasi)",
    storage: `${KERING_SEJUK} Goreng dalam minyak panas sebelum disajikan.`,
    shelf_life: ENAM_BULAN,
  },
  "kopi-bubuk-robusta-bengkulu": {
    ingredients: "Kopi robusta sangrai giling 100%.",
    net_weight: "100 g / 250 g",
    allergens: TANPA_ALERGEN,
    storage:
      "Simpan dalam kemasan tertutup rapat di tempat kering dan sejuk, jauh dari bahan berbau tajam.",
    shelf_life: ENAM_BULAN,
  },
  "abon-ikan-tongkol": {
    ingredients:
      "Daging ikan tongkol, santan kelapa, gula merah, bawang merah, bawang putih, serai, lengkuas, daun salam, ketumbar, garam, minyak kelapa. Varian pedas: ditambah cabai merah kering.",
    net_weight: "100 g",
    allergens: "Mengandung ikan",
    storage: `${KERING_SEJUK} Tutup toples rapat dan ambil dengan sendok kering.`,
    shelf_life: "3 bulan sejak tanggal produksi",
  },
  "kue-kering-nastar": {
    ingredients:
      "Tepung terigu, mentega, gula halus, kuning telur, susu bubuk, selai nanas (nanas, gula pasir, kayu manis, cengkih).",
    net_weight: "250 g",
    allergens: "Mengandung gandum (gluten), telur, susu",
    storage:
      "Simpan dalam toples tertutup rapat pada suhu ruang, jauh dari sinar matahari.",
    shelf_life: ENAM_BULAN,
  },
  "sambal-bawang": {
    ingredients:
      "Cabai rawit, bawang putih, bawang merah, minyak kelapa, garam, gula pasir.",
    net_weight: "200 g",
    allergens: TANPA_ALERGEN,
    storage:
      "Sebelum dibuka simpan di tempat sejuk. Setelah dibuka simpan di lemari pendingin, ambil dengan sendok bersih, dan habiskan dalam 2 minggu.",
    shelf_life: "3 bulan sejak tanggal produksi",
  },
  "dodol-apel-malang": {
    ingredients: "Apel manalagi, tepung ketan, gula kelapa, santan kelapa, garam.",
    net_weight: "250 g",
    allergens: TANPA_ALERGEN,
    storage: `${KERING_SEJUK} Tutup rapat setelah dibuka.`,
    shelf_life: ENAM_BULAN,
  },
  "keripik-apel": {
    ingredients: "Apel manalagi, minyak sawit. Tanpa tambahan gula.",
    net_weight: "100 g",
    allergens: TANPA_ALERGEN,
    storage: `${KERING_SEJUK} Tutup kembali klip setelah dibuka agar tetap renyah.`,
    shelf_life: ENAM_BULAN,
  },
  "kastengel-keju": {
    ingredients:
      "Tepung terigu, mentega, keju edam, keju cheddar, kuning telur, susu bubuk.",
    net_weight: "250 g",
    allergens: "Mengandung gandum (gluten), telur, susu",
    storage:
      "Simpan dalam toples tertutup rapat pada suhu ruang, jauh dari sinar matahari.",
    shelf_life: ENAM_BULAN,
  },
  "kerupuk-ikan-tengiri": {
    ingredients: "Daging ikan tengiri, tepung tapioka, bawang putih, garam, gula pasir.",
    net_weight: "250 g",
    allergens: "Mengandung ikan",
    storage: `${KERING_SEJUK} Goreng dalam minyak panas sebelum disajikan.`,
    shelf_life: ENAM_BULAN,
  },
  "kacang-bawang": {
    ingredients: "Kacang tanah, bawang putih, daun jeruk, minyak kelapa, garam.",
    net_weight: "250 g",
    allergens: "Mengandung kacang tanah",
    storage: `${KERING_SEJUK} Tutup rapat setelah dibuka.`,
    shelf_life: ENAM_BULAN,
  },

  // Kerajinan tangan
  "kain-batik-tulis-sekar-jagad": {
    care: "Cuci tangan terpisah dengan lerak atau sampo bayi, jangan diperas atau disikat. Jemur di tempat teduh dan setrika suhu sedang dari sisi dalam kain.",
  },
  "tas-rajut-katun": {
    care: "Cuci tangan dengan air dingin dan sabun lembut, jangan diperas. Keringkan mendatar di tempat teduh agar bentuk tidak melar.",
  },
  "syal-rajut-wol": {
    care: "Cuci tangan dengan air dingin dan deterjen lembut, jangan dikucek. Keringkan mendatar, jangan digantung, dan jangan disetrika langsung.",
  },
  "sarung-bantal-batik-cap": {
    care: "Tutup ritsleting sebelum dicuci. Cuci terpisah dengan air dingin pada pencucian pertama, tanpa pemutih, lalu jemur di tempat teduh.",
  },
  "dompet-koin-rajut": {
    care: "Bersihkan noda dengan kain lembap. Bila perlu cuci tangan dengan air dingin, lalu keringkan di tempat teduh.",
  },
  "tas-anyaman-pandan": {
    care: "Bersihkan dengan kuas lembut atau lap kering, hindari terkena air. Simpan di tempat kering dan berangin agar tidak berjamur, dan jangan dilipat.",
  },
  "dompet-anyaman-pandan": {
    care: "Lap dengan kain kering dan hindari terkena air. Simpan di tempat kering agar anyaman tidak berjamur.",
  },
  "keset-sabut-kelapa": {
    care: "Kibaskan atau tepuk secara rutin untuk merontokkan debu. Bila sangat kotor, semprot dengan air lalu jemur sampai benar-benar kering.",
  },
  "miniatur-kapal-pinisi": {
    care: "Bersihkan debu dengan kuas halus. Jauhkan dari sinar matahari langsung dan udara lembap, dan jangan menarik tali temali.",
  },
  "gantungan-kunci-kayu-ukir": {
    care: "Lap dengan kain kering dan jangan direndam air. Oleskan sedikit minyak kayu bila permukaan tampak kusam.",
  },
  "kaligrafi-ukir-kayu-jati": {
    care: "Bersihkan debu dengan kuas lembut atau kain mikrofiber kering, tanpa cairan pembersih. Hindari dinding lembap dan sinar matahari langsung.",
  },
  "tatakan-gelas-kayu-jati": {
    care: "Lap dengan kain lembap lalu keringkan, jangan direndam atau dicuci di mesin pencuci piring. Oleskan minyak food grade setiap beberapa bulan.",
  },

  // Hasil bengkel kerja
  "kursi-makan-kayu-jati": {
    dimensions: "46 x 52 x 92 cm (p x l x t), tinggi dudukan 45 cm",
    finish: "Melamin doff, warna natural atau walnut",
  },
  "meja-kopi-ukir-jepara": {
    dimensions: "100 x 60 x 45 cm (p x l x t), tebal daun meja 3 cm",
    finish: "Melamin natural doff",
  },
  "rak-buku-kayu-jati": {
    dimensions: "180 x 80 x 30 cm (t x l x d), 5 susun",
    finish: "Melamin natural doff",
  },
  "nakas-kayu-jati": {
    dimensions: "50 x 40 x 60 cm (p x l x t)",
    finish: "Melamin natural doff, gagang kuningan dipoles",
  },
  "pigura-ukir-jepara": {
    dimensions:
      "Bingkai luar 39 x 44 cm (10R) / 54 x 64 cm (16R), untuk foto 25 x 30 cm / 40 x 50 cm",
    finish: "Politur cokelat tua, kaca bening 2 mm",
  },
  "talenan-kayu-jati": {
    dimensions: "30 x 20 x 2,5 cm / 40 x 25 x 2,5 cm",
    finish: "Minyak kelapa, tanpa pernis",
  },
  "asbak-kayu-jati": {
    dimensions: "Diameter 14 cm, tinggi 5 cm",
    finish: "Melamin natural doff di bagian luar, mangkuk seng tanpa cat",
  },
  "meja-lesehan-lipat": {
    dimensions: "80 x 50 x 30 cm (p x l x t)",
    finish: "Melamin natural doff",
  },
  "bangku-taman-besi": {
    dimensions: "150 x 60 x 80 cm (p x l x t), tinggi dudukan 45 cm",
    finish:
      "Rangka cat dasar antikarat dan cat hitam doff, bilah kayu dipelitur luar ruang",
  },
  "tempat-tidur-besi": {
    dimensions: "90 x 200 cm / 120 x 200 cm (ukuran kasur), tinggi sandaran kepala 90 cm",
    finish: "Cat bakar hitam (powder coating)",
  },
  "rak-sepatu-besi": {
    dimensions: "80 x 30 x 75 cm (p x l x t), 4 susun",
    finish: "Cat bakar hitam atau putih (powder coating)",
  },
  "gantungan-baju-berdiri-besi": {
    dimensions: "50 x 40 x 170 cm (p x l x t)",
    finish: "Cat bakar hitam doff (powder coating)",
  },
}

export type CertificateSeed = {
  type: CertificateType
  number: string
  issuer: string
  valid_from: string
  valid_until: string | null
  notes?: string
}

const HALAL_ISSUER = "BPJPH Kementerian Agama RI"
const DINKES_BENGKULU = "Dinas Kesehatan Kota Bengkulu"
const DINKES_MALANG = "Dinas Kesehatan Kota Malang"
const DINKES_JEPARA = "Dinas Kesehatan Kabupaten Jepara"
const SNI_ISSUER = "LSPro Baristand Industri Surabaya"

/** The one food whose halal certificate runs out within 30 days of the demo date. */
export const EXPIRING_SOON_HANDLE = "abon-ikan-tongkol"

/**
 * Certificates per product handle. P-IRT numbers end in the two digits of the
 * year they expire; halal certificates run four years.
 */
export const PRODUCT_CERTIFICATES: Record<string, CertificateSeed[]> = {
  "keripik-singkong-bengkulu": [
    {
      type: "pirt",
      number: "2151771010021-28",
      issuer: DINKES_BENGKULU,
      valid_from: "2023-05-08",
      valid_until: "2028-05-08",
    },
    {
      type: "halal",
      number: "ID17710000021323",
      issuer: HALAL_ISSUER,
      valid_from: "2023-07-17",
      valid_until: "2027-07-17",
    },
  ],
  "keripik-pisang-manis": [
    {
      type: "pirt",
      number: "2141771010034-29",
      issuer: DINKES_BENGKULU,
      valid_from: "2024-02-19",
      valid_until: "2029-02-19",
    },
    {
      type: "halal",
      number: "ID17710000034824",
      issuer: HALAL_ISSUER,
      valid_from: "2024-03-25",
      valid_until: "2028-03-25",
    },
  ],
  "rengginang-ketan": [
    {
      type: "pirt",
      number: "2151771020047-28",
      issuer: DINKES_BENGKULU,
      valid_from: "2023-09-11",
      valid_until: "2028-09-11",
    },
    {
      type: "halal",
      number: "ID17710000029723",
      issuer: HALAL_ISSUER,
      valid_from: "2023-10-02",
      valid_until: "2027-10-02",
    },
  ],
  "kopi-bubuk-robusta-bengkulu": [
    {
      type: "bpom_md",
      number: "MD 264517001125",
      issuer: "Badan POM RI",
      valid_from: "2024-07-01",
      valid_until: "2029-07-01",
    },
    {
      type: "halal",
      number: "ID17710000041224",
      issuer: HALAL_ISSUER,
      valid_from: "2024-08-12",
      valid_until: "2028-08-12",
    },
  ],
  "abon-ikan-tongkol": [
    {
      type: "pirt",
      number: "2021771010052-28",
      issuer: DINKES_BENGKULU,
      valid_from: "2023-01-09",
      valid_until: "2028-01-09",
    },
    {
      // Expires within 30 days of the demo date: renewal is due.
      type: "halal",
      number: "ID17710000008122",
      issuer: HALAL_ISSUER,
      valid_from: "2022-12-14",
      valid_until: "2026-12-14",
    },
  ],
  "kue-kering-nastar": [
    {
      type: "pirt",
      number: "2063573010076-28",
      issuer: DINKES_MALANG,
      valid_from: "2023-06-12",
      valid_until: "2028-06-12",
    },
    {
      type: "halal",
      number: "ID35730000118723",
      issuer: HALAL_ISSUER,
      valid_from: "2023-08-21",
      valid_until: "2027-08-21",
    },
  ],
  "sambal-bawang": [
    {
      type: "pirt",
      number: "1113573010089-29",
      issuer: DINKES_MALANG,
      valid_from: "2024-01-15",
      valid_until: "2029-01-15",
    },
    {
      type: "halal",
      number: "ID35730000142624",
      issuer: HALAL_ISSUER,
      valid_from: "2024-02-26",
      valid_until: "2028-02-26",
    },
  ],
  "dodol-apel-malang": [
    {
      type: "pirt",
      number: "2143573010091-29",
      issuer: DINKES_MALANG,
      valid_from: "2024-08-05",
      valid_until: "2029-08-05",
    },
    {
      type: "halal",
      number: "ID35730000157324",
      issuer: HALAL_ISSUER,
      valid_from: "2024-09-09",
      valid_until: "2028-09-09",
    },
  ],
  "keripik-apel": [
    {
      type: "pirt",
      number: "2143573020103-30",
      issuer: DINKES_MALANG,
      valid_from: "2025-01-20",
      valid_until: "2030-01-20",
    },
    {
      type: "halal",
      number: "ID35730000163925",
      issuer: HALAL_ISSUER,
      valid_from: "2025-02-17",
      valid_until: "2029-02-17",
    },
  ],
  "kastengel-keju": [
    {
      type: "pirt",
      number: "2063573020115-28",
      issuer: DINKES_MALANG,
      valid_from: "2023-06-12",
      valid_until: "2028-06-12",
    },
    {
      type: "halal",
      number: "ID35730000118823",
      issuer: HALAL_ISSUER,
      valid_from: "2023-08-21",
      valid_until: "2027-08-21",
    },
  ],
  "kerupuk-ikan-tengiri": [
    {
      type: "pirt",
      number: "2023320010128-30",
      issuer: DINKES_JEPARA,
      valid_from: "2025-06-23",
      valid_until: "2030-06-23",
    },
    {
      type: "halal",
      number: "ID33200000205425",
      issuer: HALAL_ISSUER,
      valid_from: "2025-07-28",
      valid_until: "2029-07-28",
    },
  ],
  "kacang-bawang": [
    {
      type: "pirt",
      number: "2153320010131-29",
      issuer: DINKES_JEPARA,
      valid_from: "2024-10-14",
      valid_until: "2029-10-14",
    },
    {
      type: "halal",
      number: "ID33200000198124",
      issuer: HALAL_ISSUER,
      valid_from: "2024-11-11",
      valid_until: "2028-11-11",
    },
  ],

  // Metal furniture: SNI held, though the workshop-goods standard does not require it.
  "bangku-taman-besi": [
    {
      type: "sni",
      number: "SPPT-SNI 12-0417-2024",
      issuer: SNI_ISSUER,
      valid_from: "2024-04-22",
      valid_until: "2028-04-22",
    },
  ],
  "tempat-tidur-besi": [
    {
      type: "sni",
      number: "SPPT-SNI 12-0562-2025",
      issuer: SNI_ISSUER,
      valid_from: "2025-01-13",
      valid_until: "2029-01-13",
    },
  ],
}

/**
 * Variants whose older batch the demo marks as failed or recalled. Both have two
 * planned batches, so the newer one keeps the product sellable.
 */
export const DEMO_QUALITY_EXCEPTIONS = {
  failed_inspection_sku: "KRP-SGK-BLD-250",
  recalled_sku: "GTK-KYU-MLT",
}

export const DEMO_RECALL_REASON =
  "Cincin gantungan kunci berkarat dan mudah terbuka ditemukan pada pemeriksaan ulang; tidak sesuai klaim besi antikarat. Seluruh lot ditarik dan diganti."

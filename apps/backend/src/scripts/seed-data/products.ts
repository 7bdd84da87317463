import { CATEGORIES, type CategoryHandle } from "./categories"
import type { FacilitySeed } from "./facilities"

export type VariantSeed = {
  title: string
  sku: string
  /** IDR in whole rupiah, major units (Medusa stores amounts in major units). */
  price: number
  stock: number
  options?: Record<string, string>
}

export type ProductOptionSeed = {
  title: string
  values: string[]
}

export type ProductSeed = {
  handle: string
  title: string
  subtitle?: string
  description: string
  category: CategoryHandle
  /** Handle of a FacilitySeed. */
  facility: string
  /** Shipping weight in grams. */
  weight: number
  material?: string
  options?: ProductOptionSeed[]
  variants: VariantSeed[]
  tags: string[]
}

// Demo catalog. Makers are named only as a facility's workshop ("bengkel kerja", "kelompok kerja"),
// never as individuals: see the privacy rule in DESIGN.md.
export const PRODUCTS: ProductSeed[] = [
  // Kuliner olahan
  {
    handle: "keripik-singkong-bengkulu",
    title: "Keripik Singkong Bengkulu",
    subtitle: "Renyah, diiris tipis",
    description:
      "Singkong segar dari petani Bengkulu diiris tipis lalu digoreng dengan minyak kelapa sampai renyah. Tersedia rasa original yang gurih asin dan rasa balado dengan bumbu cabai merah. Kemasan 250 g dengan klip penutup.",
    category: "kuliner-olahan",
    facility: "rutan-bengkulu",
    weight: 250,
    options: [{ title: "Rasa", values: ["Original", "Balado"] }],
    variants: [
      {
        title: "Original",
        sku: "KRP-SGK-ORI-250",
        price: 18000,
        stock: 85,
        options: { Rasa: "Original" },
      },
      {
        title: "Balado",
        sku: "KRP-SGK-BLD-250",
        price: 20000,
        stock: 64,
        options: { Rasa: "Balado" },
      },
    ],
    tags: ["keripik", "camilan", "oleh-oleh-bengkulu"],
  },
  {
    handle: "keripik-pisang-manis",
    title: "Keripik Pisang Manis",
    description:
      "Pisang kepok dipotong memanjang, digoreng garing, lalu dilapisi gula aren tipis. Rasanya manis legit tanpa pewarna dan cocok untuk teman minum teh. Berat bersih 250 g.",
    category: "kuliner-olahan",
    facility: "rutan-bengkulu",
    weight: 250,
    variants: [{ title: "250 g", sku: "KRP-PSG-MNS-250", price: 20000, stock: 72 }],
    tags: ["keripik", "camilan", "manis"],
  },
  {
    handle: "rengginang-ketan",
    title: "Rengginang Ketan",
    subtitle: "Mentah, siap goreng",
    description:
      "Rengginang dari beras ketan pilihan yang dibumbui bawang putih dan terasi, dijemur sampai kering. Goreng sebentar dalam minyak panas dan rengginang akan mengembang renyah. Isi sekitar 20 keping per kemasan 250 g.",
    category: "kuliner-olahan",
    facility: "rutan-bengkulu",
    weight: 250,
    variants: [{ title: "250 g", sku: "RGN-KTN-250", price: 22000, stock: 48 }],
    tags: ["kerupuk", "tradisional", "siap-goreng"],
  },
  {
    handle: "kopi-bubuk-robusta-bengkulu",
    title: "Kopi Bubuk Robusta Bengkulu",
    subtitle: "Sangrai medium, giling halus",
    description:
      "Biji kopi robusta dari dataran tinggi Kepahiang disangrai medium di bengkel kerja lalu digiling halus. Rasanya tebal dengan sentuhan cokelat dan pahit yang bersih, pas diseduh tubruk atau dengan penyaring. Dikemas dalam kantong aluminium foil dengan katup udara.",
    category: "kuliner-olahan",
    facility: "rutan-bengkulu",
    weight: 250,
    material: "Kopi robusta 100%",
    options: [{ title: "Ukuran", values: ["100 g", "250 g"] }],
    variants: [
      {
        title: "100 g",
        sku: "KOP-RBS-100",
        price: 25000,
        stock: 90,
        options: { Ukuran: "100 g" },
      },
      {
        title: "250 g",
        sku: "KOP-RBS-250",
        price: 45000,
        stock: 56,
        options: { Ukuran: "250 g" },
      },
    ],
    tags: ["kopi", "robusta", "oleh-oleh-bengkulu"],
  },
  {
    handle: "abon-ikan-tongkol",
    title: "Abon Ikan Tongkol",
    description:
      "Daging ikan tongkol segar dimasak dengan santan, serai, dan bumbu rempah lalu disangrai hingga kering dan berserat halus. Tahan sekitar tiga bulan dalam wadah tertutup dan nikmat sebagai lauk nasi hangat. Toples plastik 100 g.",
    category: "kuliner-olahan",
    facility: "rutan-bengkulu",
    weight: 150,
    options: [{ title: "Level Pedas", values: ["Original", "Pedas"] }],
    variants: [
      {
        title: "Original",
        sku: "ABN-TKL-ORI-100",
        price: 35000,
        stock: 40,
        options: { "Level Pedas": "Original" },
      },
      {
        title: "Pedas",
        sku: "ABN-TKL-PDS-100",
        price: 35000,
        stock: 33,
        options: { "Level Pedas": "Pedas" },
      },
    ],
    tags: ["abon", "lauk", "ikan"],
  },
  {
    handle: "kue-kering-nastar",
    title: "Kue Kering Nastar",
    description:
      "Nastar lembut dengan adonan mentega dan isian selai nanas buatan sendiri yang dimasak perlahan. Setiap butir diolesi kuning telur sehingga permukaannya mengilap keemasan. Toples 250 g berisi sekitar 35 butir.",
    category: "kuliner-olahan",
    facility: "lapas-perempuan-malang",
    weight: 400,
    variants: [{ title: "Toples 250 g", sku: "KUE-NST-250", price: 45000, stock: 0 }],
    tags: ["kue-kering", "lebaran", "manis"],
  },
  {
    handle: "sambal-bawang",
    title: "Sambal Bawang",
    subtitle: "Dalam botol kaca 200 g",
    description:
      "Cabai rawit, bawang putih, dan bawang merah ditumis dengan minyak kelapa sampai harum, tanpa pengawet buatan. Cocok untuk lauk goreng, mi, atau nasi hangat. Simpan di lemari pendingin setelah dibuka.",
    category: "kuliner-olahan",
    facility: "lapas-perempuan-malang",
    weight: 200,
    options: [{ title: "Level Pedas", values: ["Sedang", "Pedas", "Ekstra Pedas"] }],
    variants: [
      {
        title: "Sedang",
        sku: "SBL-BWG-SDG-200",
        price: 25000,
        stock: 44,
        options: { "Level Pedas": "Sedang" },
      },
      {
        title: "Pedas",
        sku: "SBL-BWG-PDS-200",
        price: 25000,
        stock: 58,
        options: { "Level Pedas": "Pedas" },
      },
      {
        title: "Ekstra Pedas",
        sku: "SBL-BWG-EXP-200",
        price: 27000,
        stock: 21,
        options: { "Level Pedas": "Ekstra Pedas" },
      },
    ],
    tags: ["sambal", "pedas", "botol"],
  },
  {
    handle: "dodol-apel-malang",
    title: "Dodol Apel Malang",
    description:
      "Dodol kenyal dari apel manalagi Malang, tepung ketan, dan gula kelapa yang diaduk berjam-jam di atas api kecil. Dibungkus satu per satu dengan kertas minyak agar tidak lengket. Berat bersih 250 g.",
    category: "kuliner-olahan",
    facility: "lapas-perempuan-malang",
    weight: 250,
    variants: [{ title: "250 g", sku: "DDL-APL-250", price: 20000, stock: 67 }],
    tags: ["dodol", "apel", "oleh-oleh-malang"],
  },
  {
    handle: "keripik-apel",
    title: "Keripik Apel",
    description:
      "Irisan apel Malang digoreng hampa udara sehingga tetap renyah dan manis alami tanpa tambahan gula. Camilan ringan yang disukai anak-anak maupun orang dewasa. Kemasan standing pouch 100 g.",
    category: "kuliner-olahan",
    facility: "lapas-perempuan-malang",
    weight: 100,
    variants: [{ title: "100 g", sku: "KRP-APL-100", price: 25000, stock: 52 }],
    tags: ["keripik", "apel", "oleh-oleh-malang"],
  },
  {
    handle: "kastengel-keju",
    title: "Kastengel Keju",
    description:
      "Kue kering batang dengan keju edam di dalam adonan dan keju cheddar parut di atasnya. Gurih, renyah, dan harum mentega. Toples 250 g.",
    category: "kuliner-olahan",
    facility: "lapas-perempuan-malang",
    weight: 400,
    variants: [{ title: "Toples 250 g", sku: "KUE-KST-250", price: 42000, stock: 26 }],
    tags: ["kue-kering", "keju", "lebaran"],
  },
  {
    handle: "kerupuk-ikan-tengiri",
    title: "Kerupuk Ikan Tengiri",
    subtitle: "Mentah, khas pesisir Jepara",
    description:
      "Kerupuk mentah dari daging ikan tengiri dan tepung tapioka dengan rasa ikan yang kuat. Goreng dalam minyak panas hingga mengembang, cocok sebagai pelengkap makan. Kemasan 250 g.",
    category: "kuliner-olahan",
    facility: "lapas-jepara",
    weight: 250,
    variants: [{ title: "250 g", sku: "KRU-TGR-250", price: 30000, stock: 38 }],
    tags: ["kerupuk", "ikan", "siap-goreng"],
  },
  {
    handle: "kacang-bawang",
    title: "Kacang Bawang",
    description:
      "Kacang tanah kupas digoreng bersama bawang putih iris dan daun jeruk hingga gurih dan renyah. Camilan klasik untuk bersantai atau suguhan tamu. Berat bersih 250 g.",
    category: "kuliner-olahan",
    facility: "lapas-jepara",
    weight: 250,
    variants: [{ title: "250 g", sku: "KCG-BWG-250", price: 22000, stock: 61 }],
    tags: ["kacang", "camilan", "gurih"],
  },

  // Kerajinan tangan
  {
    handle: "kain-batik-tulis-sekar-jagad",
    title: "Kain Batik Tulis Sekar Jagad",
    subtitle: "Katun primisima, 200 x 115 cm",
    description:
      "Kain batik tulis motif Sekar Jagad yang dicanting dengan tangan dan diwarnai dengan pewarna sintetis tahan luntur. Satu lembar membutuhkan beberapa minggu pengerjaan oleh kelompok kerja batik. Ukuran 200 x 115 cm, cocok untuk kemeja, rok, atau selendang.",
    category: "kerajinan-tangan",
    facility: "lapas-perempuan-malang",
    weight: 300,
    material: "Katun primisima",
    options: [{ title: "Warna", values: ["Cokelat Sogan", "Biru Indigo"] }],
    variants: [
      {
        title: "Cokelat Sogan",
        sku: "BTK-SKJ-SGN",
        price: 385000,
        stock: 6,
        options: { Warna: "Cokelat Sogan" },
      },
      {
        title: "Biru Indigo",
        sku: "BTK-SKJ-IND",
        price: 395000,
        stock: 4,
        options: { Warna: "Biru Indigo" },
      },
    ],
    tags: ["batik", "kain", "batik-tulis"],
  },
  {
    handle: "tas-rajut-katun",
    title: "Tas Rajut Katun",
    description:
      "Tas bahu dirajut dari benang katun susu yang lembut namun kuat, dengan lapisan kain di bagian dalam. Ukuran 30 x 28 cm, muat dompet, ponsel, dan buku kecil. Dirajut dengan tangan oleh kelompok kerja rajut.",
    category: "kerajinan-tangan",
    facility: "lapas-perempuan-malang",
    weight: 350,
    material: "Benang katun susu",
    options: [{ title: "Warna", values: ["Krem", "Hijau Sage", "Terakota"] }],
    variants: [
      {
        title: "Krem",
        sku: "TAS-RJT-KRM",
        price: 125000,
        stock: 14,
        options: { Warna: "Krem" },
      },
      {
        title: "Hijau Sage",
        sku: "TAS-RJT-HJS",
        price: 125000,
        stock: 9,
        options: { Warna: "Hijau Sage" },
      },
      {
        title: "Terakota",
        sku: "TAS-RJT-TRK",
        price: 125000,
        stock: 3,
        options: { Warna: "Terakota" },
      },
    ],
    tags: ["tas", "rajut", "handmade"],
  },
  {
    handle: "syal-rajut-wol",
    title: "Syal Rajut",
    description:
      "Syal panjang 160 x 20 cm dari benang akrilik campuran wol yang hangat dan tidak gatal. Pola rajutan ribbing membuatnya elastis dan mudah dililitkan. Cocok untuk udara sejuk Malang maupun perjalanan.",
    category: "kerajinan-tangan",
    facility: "lapas-perempuan-malang",
    weight: 200,
    material: "Benang akrilik campuran wol",
    variants: [{ title: "160 x 20 cm", sku: "SYL-RJT-160", price: 85000, stock: 18 }],
    tags: ["syal", "rajut", "handmade"],
  },
  {
    handle: "sarung-bantal-batik-cap",
    title: "Sarung Bantal Batik Cap",
    description:
      "Sarung bantal sofa 40 x 40 cm dari kain katun batik cap motif parang. Dilengkapi ritsleting tersembunyi sehingga mudah dilepas dan dicuci. Dijual tanpa isi bantal.",
    category: "kerajinan-tangan",
    facility: "lapas-perempuan-malang",
    weight: 150,
    material: "Katun batik cap",
    variants: [{ title: "40 x 40 cm", sku: "SRB-BTK-4040", price: 65000, stock: 30 }],
    tags: ["batik", "dekorasi-rumah", "bantal"],
  },
  {
    handle: "dompet-koin-rajut",
    title: "Dompet Koin Rajut",
    description:
      "Dompet kecil 12 x 9 cm yang dirajut dari benang katun dengan penutup ritsleting logam. Pas untuk uang receh, kartu, atau earphone. Warna dipilih acak dari persediaan bengkel kerja.",
    category: "kerajinan-tangan",
    facility: "lapas-perempuan-malang",
    weight: 60,
    material: "Benang katun",
    variants: [{ title: "12 x 9 cm", sku: "DMP-RJT-KOIN", price: 35000, stock: 42 }],
    tags: ["dompet", "rajut", "hadiah"],
  },
  {
    handle: "tas-anyaman-pandan",
    title: "Tas Anyaman Pandan",
    description:
      "Tas jinjing dari daun pandan duri yang dijemur, diwarnai alami, lalu dianyam rapat. Bagian dalam dilapisi kain dan bergagang tali rotan. Ringan dan kuat untuk belanja ke pasar atau bersantai.",
    category: "kerajinan-tangan",
    facility: "rutan-bengkulu",
    weight: 400,
    material: "Daun pandan, rotan",
    options: [{ title: "Ukuran", values: ["Kecil (30 x 25 cm)", "Besar (40 x 35 cm)"] }],
    variants: [
      {
        title: "Kecil (30 x 25 cm)",
        sku: "TAS-PDN-S",
        price: 95000,
        stock: 20,
        options: { Ukuran: "Kecil (30 x 25 cm)" },
      },
      {
        title: "Besar (40 x 35 cm)",
        sku: "TAS-PDN-L",
        price: 145000,
        stock: 12,
        options: { Ukuran: "Besar (40 x 35 cm)" },
      },
    ],
    tags: ["tas", "anyaman", "pandan"],
  },
  {
    handle: "dompet-anyaman-pandan",
    title: "Dompet Anyaman Pandan",
    description:
      "Dompet lipat 20 x 10 cm dari anyaman pandan dengan kancing magnet dan satu sekat di dalam. Motif garis dua warna dihasilkan dari daun pandan yang diwarnai terpisah. Cocok sebagai cendera mata khas Bengkulu.",
    category: "kerajinan-tangan",
    facility: "rutan-bengkulu",
    weight: 80,
    material: "Daun pandan",
    variants: [{ title: "20 x 10 cm", sku: "DMP-PDN-2010", price: 45000, stock: 35 }],
    tags: ["dompet", "anyaman", "pandan"],
  },
  {
    handle: "keset-sabut-kelapa",
    title: "Keset Sabut Kelapa",
    description:
      "Keset 40 x 60 cm dari serat sabut kelapa yang dipilin dan dirajut padat di atas rangka. Seratnya kasar sehingga ampuh merontokkan tanah dan pasir dari alas kaki. Tahan lama untuk teras maupun pintu dapur.",
    category: "kerajinan-tangan",
    facility: "rutan-bengkulu",
    weight: 1200,
    material: "Sabut kelapa",
    variants: [{ title: "40 x 60 cm", sku: "KST-SBT-4060", price: 55000, stock: 27 }],
    tags: ["keset", "sabut-kelapa", "perlengkapan-rumah"],
  },
  {
    handle: "miniatur-kapal-pinisi",
    title: "Miniatur Kapal Pinisi",
    subtitle: "Panjang 40 cm",
    description:
      "Miniatur kapal pinisi dari kayu pulai lengkap dengan tiang, tali temali, dan layar kain belacu. Lambung kapal dirakit dari bilah kayu tipis lalu dipernis. Panjang 40 cm, cocok sebagai pajangan meja kerja atau ruang tamu.",
    category: "kerajinan-tangan",
    facility: "rutan-bengkulu",
    weight: 1500,
    material: "Kayu pulai, kain belacu",
    variants: [{ title: "40 cm", sku: "MNT-PNS-40", price: 275000, stock: 7 }],
    tags: ["miniatur", "kapal", "pajangan"],
  },
  {
    handle: "gantungan-kunci-kayu-ukir",
    title: "Gantungan Kunci Kayu Ukir",
    description:
      "Gantungan kunci dari sisa potongan kayu jati yang diukir halus dan diberi cincin besi antikarat. Panjang bandul sekitar 6 cm. Pilihan motif bunga melati atau ukiran huruf Jepara.",
    category: "kerajinan-tangan",
    facility: "lapas-jepara",
    weight: 50,
    material: "Kayu jati",
    options: [{ title: "Motif", values: ["Melati", "Tulisan Jepara"] }],
    variants: [
      {
        title: "Melati",
        sku: "GTK-KYU-MLT",
        price: 35000,
        stock: 110,
        options: { Motif: "Melati" },
      },
      {
        title: "Tulisan Jepara",
        sku: "GTK-KYU-JPR",
        price: 35000,
        stock: 95,
        options: { Motif: "Tulisan Jepara" },
      },
    ],
    tags: ["gantungan-kunci", "ukir", "hadiah"],
  },
  {
    handle: "kaligrafi-ukir-kayu-jati",
    title: "Kaligrafi Ukir Kayu Jati",
    subtitle: "Panel 60 x 30 cm",
    description:
      "Panel kaligrafi lafaz Basmalah yang diukir timbul pada papan kayu jati utuh. Permukaan diampelas halus dan dilapisi melamin sehingga serat kayu tampak jelas. Ukuran 60 x 30 cm dengan pengait di bagian belakang.",
    category: "kerajinan-tangan",
    facility: "lapas-jepara",
    weight: 2500,
    material: "Kayu jati",
    variants: [{ title: "60 x 30 cm", sku: "KLG-UKR-6030", price: 450000, stock: 5 }],
    tags: ["kaligrafi", "ukir", "hiasan-dinding"],
  },
  {
    handle: "tatakan-gelas-kayu-jati",
    title: "Tatakan Gelas Kayu Jati",
    subtitle: "Isi 6 dengan wadah",
    description:
      "Enam tatakan gelas bundar berdiameter 10 cm dari kayu jati, lengkap dengan wadah penyimpannya. Dilapisi minyak food grade sehingga aman terkena cipratan minuman. Melindungi meja dari bekas gelas panas maupun dingin.",
    category: "kerajinan-tangan",
    facility: "lapas-jepara",
    weight: 500,
    material: "Kayu jati",
    variants: [{ title: "Isi 6", sku: "TTK-JTI-6", price: 65000, stock: 40 }],
    tags: ["tatakan-gelas", "dapur", "kayu-jati"],
  },

  // Hasil bengkel kerja
  {
    handle: "kursi-makan-kayu-jati",
    title: "Kursi Makan Kayu Jati",
    description:
      "Kursi makan bersandaran dengan sambungan pasak dan lem kayu, tanpa paku yang terlihat. Dibuat dari kayu jati Perhutani yang sudah dioven sehingga tidak mudah melengkung. Tinggi dudukan 45 cm, tinggi total 92 cm.",
    category: "hasil-bengkel-kerja",
    facility: "lapas-jepara",
    weight: 7000,
    material: "Kayu jati",
    options: [{ title: "Finishing", values: ["Natural", "Walnut"] }],
    variants: [
      {
        title: "Natural",
        sku: "KRS-MKN-JTI-NAT",
        price: 1250000,
        stock: 12,
        options: { Finishing: "Natural" },
      },
      {
        title: "Walnut",
        sku: "KRS-MKN-JTI-WLN",
        price: 1300000,
        stock: 8,
        options: { Finishing: "Walnut" },
      },
    ],
    tags: ["kursi", "mebel", "kayu-jati"],
  },
  {
    handle: "meja-kopi-ukir-jepara",
    title: "Meja Kopi Ukir Jepara",
    subtitle: "100 x 60 x 45 cm",
    description:
      "Meja kopi kayu jati dengan ukiran daun dan sulur khas Jepara di keempat sisi apronnya. Daun meja tebal 3 cm dan dilapisi melamin doff yang tahan noda. Ukuran 100 x 60 cm dengan tinggi 45 cm.",
    category: "hasil-bengkel-kerja",
    facility: "lapas-jepara",
    weight: 25000,
    material: "Kayu jati",
    variants: [{ title: "100 x 60 cm", sku: "MJA-KOP-UKR", price: 2750000, stock: 3 }],
    tags: ["meja", "ukir", "mebel"],
  },
  {
    handle: "rak-buku-kayu-jati",
    title: "Rak Buku Kayu Jati",
    subtitle: "5 susun",
    description:
      "Rak buku lima susun setinggi 180 cm dengan lebar 80 cm dan kedalaman 30 cm. Setiap papan ambalan mampu menahan sekitar 25 kg buku. Dikirim utuh dari bengkel kerja dan tidak perlu dirakit.",
    category: "hasil-bengkel-kerja",
    facility: "lapas-jepara",
    weight: 22000,
    material: "Kayu jati",
    variants: [
      { title: "180 x 80 x 30 cm", sku: "RAK-BKU-JTI-5", price: 1850000, stock: 4 },
    ],
    tags: ["rak", "mebel", "kayu-jati"],
  },
  {
    handle: "nakas-kayu-jati",
    title: "Nakas Kayu Jati",
    subtitle: "Lemari kecil dua laci",
    description:
      "Lemari kecil samping tempat tidur dengan dua laci dengan rel kayu dan satu rak terbuka di bawah. Ukuran 50 x 40 x 60 cm, muat lampu tidur, buku, dan barang pribadi. Gagang laci dari kuningan.",
    category: "hasil-bengkel-kerja",
    facility: "lapas-jepara",
    weight: 15000,
    material: "Kayu jati, gagang kuningan",
    variants: [
      { title: "50 x 40 x 60 cm", sku: "LMR-NKS-JTI", price: 1450000, stock: 6 },
    ],
    tags: ["lemari", "mebel", "kamar-tidur"],
  },
  {
    handle: "pigura-ukir-jepara",
    title: "Pigura Ukir Jepara",
    description:
      "Bingkai foto kayu mahoni dengan ukiran bunga dan daun di seluruh sisinya. Dilengkapi kaca bening dan sandaran belakang sehingga bisa dipajang di meja atau digantung. Ukuran pada pilihan adalah ukuran foto yang muat di dalamnya.",
    category: "hasil-bengkel-kerja",
    facility: "lapas-jepara",
    weight: 900,
    material: "Kayu mahoni, kaca",
    options: [{ title: "Ukuran", values: ["10R (25 x 30 cm)", "16R (40 x 50 cm)"] }],
    variants: [
      {
        title: "10R (25 x 30 cm)",
        sku: "PGR-UKR-10R",
        price: 150000,
        stock: 22,
        options: { Ukuran: "10R (25 x 30 cm)" },
      },
      {
        title: "16R (40 x 50 cm)",
        sku: "PGR-UKR-16R",
        price: 235000,
        stock: 11,
        options: { Ukuran: "16R (40 x 50 cm)" },
      },
    ],
    tags: ["pigura", "ukir", "dekorasi-rumah"],
  },
  {
    handle: "talenan-kayu-jati",
    title: "Talenan Kayu Jati",
    description:
      "Talenan dari satu bilah kayu jati tebal 2,5 cm dengan lubang gantung di salah satu sudut. Serat jati yang rapat tidak mudah menyerap air dan ramah terhadap mata pisau. Diolesi minyak kelapa sebelum dikemas.",
    category: "hasil-bengkel-kerja",
    facility: "lapas-jepara",
    weight: 1200,
    material: "Kayu jati",
    options: [{ title: "Ukuran", values: ["30 x 20 cm", "40 x 25 cm"] }],
    variants: [
      {
        title: "30 x 20 cm",
        sku: "TLN-JTI-3020",
        price: 85000,
        stock: 46,
        options: { Ukuran: "30 x 20 cm" },
      },
      {
        title: "40 x 25 cm",
        sku: "TLN-JTI-4025",
        price: 125000,
        stock: 29,
        options: { Ukuran: "40 x 25 cm" },
      },
    ],
    tags: ["talenan", "dapur", "kayu-jati"],
  },
  {
    handle: "asbak-kayu-jati",
    title: "Asbak Kayu Jati",
    description:
      "Asbak bundar berdiameter 14 cm dari bonggol kayu jati yang dibubut, dengan mangkuk seng di bagian dalam agar kayu tidak terbakar. Corak serat setiap asbak berbeda. Bisa juga dipakai sebagai wadah kunci atau perhiasan kecil.",
    category: "hasil-bengkel-kerja",
    facility: "lapas-jepara",
    weight: 400,
    material: "Kayu jati, seng",
    variants: [{ title: "Diameter 14 cm", sku: "ASB-JTI-14", price: 45000, stock: 38 }],
    tags: ["asbak", "kayu-jati", "bubut"],
  },
  {
    handle: "meja-lesehan-lipat",
    title: "Meja Lesehan Lipat",
    description:
      "Meja rendah 80 x 50 cm dengan kaki lipat berengsel baja sehingga mudah disimpan di balik lemari. Daun meja dari papan jati sambung yang diamplas halus. Cocok untuk makan lesehan, belajar, atau menerima tamu.",
    category: "hasil-bengkel-kerja",
    facility: "lapas-jepara",
    weight: 8000,
    material: "Kayu jati, engsel baja",
    variants: [
      { title: "80 x 50 x 30 cm", sku: "MJA-LSH-8050", price: 475000, stock: 15 },
    ],
    tags: ["meja", "mebel", "lipat"],
  },
  {
    handle: "bangku-taman-besi",
    title: "Bangku Taman Besi",
    subtitle: "Dudukan bilah kayu, 150 cm",
    description:
      "Bangku taman panjang 150 cm dengan rangka besi cor bermotif dan dudukan bilah kayu meranti. Rangka dilapisi cat dasar antikarat dan cat hitam doff. Muat tiga orang dewasa dan cocok untuk teras, taman, atau ruang tunggu.",
    category: "hasil-bengkel-kerja",
    facility: "rutan-bengkulu",
    weight: 28000,
    material: "Besi cor, kayu meranti",
    variants: [{ title: "150 cm", sku: "BKU-TMN-150", price: 1650000, stock: 5 }],
    tags: ["bangku", "besi", "taman"],
  },
  {
    handle: "tempat-tidur-besi",
    title: "Tempat Tidur Besi",
    description:
      "Rangka tempat tidur dari pipa besi tebal 1,2 mm dengan alas bilah besi, dilas dan dicat bakar di bengkel las. Kokoh, tidak berderit, dan bisa dibongkar pasang untuk pengiriman. Dijual tanpa kasur.",
    category: "hasil-bengkel-kerja",
    facility: "rutan-bengkulu",
    weight: 35000,
    material: "Pipa besi, cat bakar",
    options: [{ title: "Ukuran", values: ["90 x 200 cm", "120 x 200 cm"] }],
    variants: [
      {
        title: "90 x 200 cm",
        sku: "TTD-BSI-90",
        price: 1850000,
        stock: 7,
        options: { Ukuran: "90 x 200 cm" },
      },
      {
        title: "120 x 200 cm",
        sku: "TTD-BSI-120",
        price: 2250000,
        stock: 0,
        options: { Ukuran: "120 x 200 cm" },
      },
    ],
    tags: ["tempat-tidur", "besi", "mebel"],
  },
  {
    handle: "rak-sepatu-besi",
    title: "Rak Sepatu Besi",
    subtitle: "4 susun",
    description:
      "Rak sepatu empat susun dari besi hollow 2 x 2 cm dengan ambalan ram kawat, muat sekitar 12 pasang sepatu. Dicat bakar agar tahan lembap di teras. Ukuran 80 x 30 x 75 cm.",
    category: "hasil-bengkel-kerja",
    facility: "rutan-bengkulu",
    weight: 6000,
    material: "Besi hollow, ram kawat",
    options: [{ title: "Warna", values: ["Hitam", "Putih"] }],
    variants: [
      {
        title: "Hitam",
        sku: "RAK-SPT-BSI-HTM",
        price: 450000,
        stock: 16,
        options: { Warna: "Hitam" },
      },
      {
        title: "Putih",
        sku: "RAK-SPT-BSI-PTH",
        price: 450000,
        stock: 10,
        options: { Warna: "Putih" },
      },
    ],
    tags: ["rak", "besi", "perlengkapan-rumah"],
  },
  {
    handle: "gantungan-baju-berdiri-besi",
    title: "Gantungan Baju Berdiri Besi",
    description:
      "Standing hanger dari pipa besi dengan enam kait di bagian atas dan rak sepatu kecil di bagian bawah. Tinggi 170 cm dengan kaki empat yang stabil. Praktis untuk kamar kos, kamar tidur, atau dekat pintu masuk.",
    category: "hasil-bengkel-kerja",
    facility: "rutan-bengkulu",
    weight: 5000,
    material: "Pipa besi",
    variants: [{ title: "170 cm", sku: "GTB-BSI-170", price: 350000, stock: 19 }],
    tags: ["gantungan-baju", "besi", "perlengkapan-rumah"],
  },
]

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Returns every problem found in the catalog; an empty list means it can be seeded.
 * Categories default to CATEGORIES because the data arrives untyped when loaded from JSON.
 */
export function validateCatalog(
  products: readonly ProductSeed[],
  facilities: readonly FacilitySeed[],
  categories: readonly { handle: string }[] = CATEGORIES,
): string[] {
  const problems: string[] = []
  const facilityHandles = new Set(facilities.map((facility) => facility.handle))
  const categoryHandles = new Set(categories.map((category) => category.handle))
  const seenHandles = new Set<string>()
  const seenSkus = new Set<string>()

  for (const product of products) {
    const where = `product "${product.handle}"`

    if (!KEBAB_CASE.test(product.handle)) {
      problems.push(`${where}: handle is not kebab-case`)
    }
    if (seenHandles.has(product.handle)) {
      problems.push(`${where}: duplicate handle`)
    }
    seenHandles.add(product.handle)

    if (!facilityHandles.has(product.facility)) {
      problems.push(`${where}: unknown facility "${product.facility}"`)
    }
    if (!categoryHandles.has(product.category)) {
      problems.push(`${where}: unknown category "${product.category}"`)
    }
    if (!Number.isInteger(product.weight) || product.weight <= 0) {
      problems.push(`${where}: weight must be a positive whole number of grams`)
    }
    if (product.variants.length === 0) {
      problems.push(`${where}: has no variants`)
    }

    for (const variant of product.variants) {
      const variantWhere = `${where}, variant "${variant.sku}"`
      if (seenSkus.has(variant.sku)) {
        problems.push(`${variantWhere}: duplicate SKU`)
      }
      seenSkus.add(variant.sku)
      if (!Number.isInteger(variant.price) || variant.price <= 0) {
        problems.push(`${variantWhere}: price must be a positive whole number of rupiah`)
      }
      if (!Number.isInteger(variant.stock) || variant.stock < 0) {
        problems.push(`${variantWhere}: stock must be a whole number of at least 0`)
      }
    }

    problems.push(...optionProblems(product, where))
  }

  return problems
}

function optionProblems(product: ProductSeed, where: string): string[] {
  const options = product.options ?? []
  if (options.length === 0) {
    const problems: string[] = []
    // Without options, Medusa cannot tell two variants apart.
    if (product.variants.length > 1) {
      problems.push(`${where}: several variants but no options`)
    }
    for (const variant of product.variants) {
      if (variant.options && Object.keys(variant.options).length > 0) {
        problems.push(
          `${where}, variant "${variant.sku}": has option values but the product has no options`,
        )
      }
    }
    return problems
  }

  const problems: string[] = []
  const titles = new Set<string>()
  for (const option of options) {
    if (titles.has(option.title)) {
      problems.push(`${where}: duplicate option "${option.title}"`)
    }
    titles.add(option.title)
    if (option.values.length === 0) {
      problems.push(`${where}: option "${option.title}" has no values`)
    }
    if (new Set(option.values).size !== option.values.length) {
      problems.push(`${where}: option "${option.title}" has duplicate values`)
    }
  }

  const seenCombinations = new Set<string>()
  for (const variant of product.variants) {
    const variantWhere = `${where}, variant "${variant.sku}"`
    const chosen = variant.options ?? {}
    for (const key of Object.keys(chosen)) {
      if (!titles.has(key)) {
        problems.push(`${variantWhere}: unknown option "${key}"`)
      }
    }
    for (const option of options) {
      const value = chosen[option.title]
      if (value === undefined) {
        problems.push(`${variantWhere}: no value for option "${option.title}"`)
      } else if (!option.values.includes(value)) {
        problems.push(
          `${variantWhere}: value "${value}" is not one of option "${option.title}"`,
        )
      }
    }
    const combination = JSON.stringify(
      options.map((option) => chosen[option.title] ?? null),
    )
    if (seenCombinations.has(combination)) {
      problems.push(`${variantWhere}: option combination already used by another variant`)
    }
    seenCombinations.add(combination)
  }
  return problems
}

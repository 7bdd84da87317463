import type { CategoryHandle } from "./categories"
import type { ProductSeed } from "./products"

export type WorkshopSeed = {
  handle: string
  name: string
  /** Handle of the FacilitySeed that runs it. */
  facility: string
  /** The category of goods it makes; a product is made by its facility's workshop of its category. */
  category: CategoryHandle
  craft_type: string
  story: string
  /** Aggregate only: how many makers work there, never who. */
  maker_count: number
  training_hours: number
}

// Demo data. Makers are counted, never named (see the privacy rule in DESIGN.md).
export const WORKSHOPS: WorkshopSeed[] = [
  {
    handle: "dapur-olahan-bengkulu",
    name: "Dapur Olahan Rutan Bengkulu",
    facility: "rutan-bengkulu",
    category: "kuliner-olahan",
    craft_type: "Pengolahan pangan",
    story:
      "Dapur produksi yang mengolah kopi robusta, singkong dan pisang dari petani sekitar Bengkulu menjadi camilan dan minuman kemasan.",
    maker_count: 14,
    training_hours: 320,
  },
  {
    handle: "anyaman-bengkulu",
    name: "Kelompok Anyaman Rutan Bengkulu",
    facility: "rutan-bengkulu",
    category: "kerajinan-tangan",
    craft_type: "Anyaman dan kerajinan serat",
    story:
      "Kelompok kerja yang menganyam pandan, rotan dan sabut kelapa menjadi tas, keset dan perlengkapan rumah.",
    maker_count: 9,
    training_hours: 210,
  },
  {
    handle: "bengkel-kayu-bengkulu",
    name: "Bengkel Kayu Rutan Bengkulu",
    facility: "rutan-bengkulu",
    category: "hasil-bengkel-kerja",
    craft_type: "Pertukangan kayu dan las",
    story:
      "Bengkel kerja yang membuat perabot sederhana dan perlengkapan rumah dari kayu serta besi untuk pasar lokal.",
    maker_count: 7,
    training_hours: 260,
  },
  {
    handle: "ukir-jepara",
    name: "Bengkel Ukir Lapas Jepara",
    facility: "lapas-jepara",
    category: "hasil-bengkel-kerja",
    craft_type: "Mebel dan ukir kayu jati",
    story:
      "Bengkel mebel yang meneruskan tradisi ukir Jepara: kursi, meja, lemari dan pigura dari kayu jati, dikerjakan dengan tangan dan diselesaikan dengan pelitur alami.",
    maker_count: 22,
    training_hours: 640,
  },
  {
    handle: "kriya-kayu-jepara",
    name: "Kriya Kayu Lapas Jepara",
    facility: "lapas-jepara",
    category: "kerajinan-tangan",
    craft_type: "Kriya kayu kecil",
    story:
      "Kelompok kerja yang mengolah sisa kayu jati dari bengkel mebel menjadi miniatur, kaligrafi dan hiasan kecil.",
    maker_count: 8,
    training_hours: 180,
  },
  {
    handle: "dapur-jepara",
    name: "Dapur Koperasi Lapas Jepara",
    facility: "lapas-jepara",
    category: "kuliner-olahan",
    craft_type: "Pengolahan pangan",
    story: "Dapur koperasi yang membuat camilan khas pesisir Jepara dalam jumlah kecil.",
    maker_count: 5,
    training_hours: 120,
  },
  {
    handle: "batik-rajut-malang",
    name: "Sanggar Batik dan Rajut Lapas Perempuan Malang",
    facility: "lapas-perempuan-malang",
    category: "kerajinan-tangan",
    craft_type: "Batik tulis dan rajut",
    story:
      "Sanggar tempat warga binaan perempuan belajar membatik dengan canting dan merajut tas serta dompet.",
    maker_count: 18,
    training_hours: 480,
  },
  {
    handle: "dapur-kue-malang",
    name: "Dapur Kue Lapas Perempuan Malang",
    facility: "lapas-perempuan-malang",
    category: "kuliner-olahan",
    craft_type: "Kue kering dan camilan",
    story:
      "Dapur yang membuat kue kering, rengginang dan sambal kemasan dengan resep rumahan Jawa Timur.",
    maker_count: 12,
    training_hours: 300,
  },
]

/** The workshop that makes a product: its facility's workshop for the product's category. */
export function workshopOf(
  product: Pick<ProductSeed, "facility" | "category">,
): WorkshopSeed {
  const workshop = WORKSHOPS.find(
    (w) => w.facility === product.facility && w.category === product.category,
  )
  if (!workshop) {
    throw new Error(
      `No workshop at ${product.facility} makes ${product.category}; add one to WORKSHOPS.`,
    )
  }
  return workshop
}

export type CategoryHandle = "kerajinan-tangan" | "kuliner-olahan" | "hasil-bengkel-kerja"

export type CategorySeed = {
  handle: CategoryHandle
  name: string
  description: string
}

export const CATEGORIES: CategorySeed[] = [
  {
    handle: "kerajinan-tangan",
    name: "Kerajinan Tangan",
    description:
      "Batik, rajutan, anyaman, dan hiasan kayu yang dibuat dengan tangan di bengkel kerja Rutan dan Lapas.",
  },
  {
    handle: "kuliner-olahan",
    name: "Kuliner Olahan",
    description:
      "Camilan, sambal, kopi, dan kue rumahan yang diolah kelompok kerja dari bahan-bahan lokal.",
  },
  {
    handle: "hasil-bengkel-kerja",
    name: "Hasil Bengkel Kerja",
    description:
      "Mebel kayu jati, perabot besi, dan perlengkapan rumah hasil pertukangan bengkel kerja.",
  },
]

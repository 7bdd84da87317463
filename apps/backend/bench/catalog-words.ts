/** Words generated catalogs are made of, in the catalog's own language. */

// Kinds of goods per category.
export const KINDS: Record<string, string[]> = {
  "kuliner-olahan": [
    "Keripik Singkong",
    "Keripik Pisang",
    "Kerupuk Ikan",
    "Sambal Bawang",
    "Kopi Bubuk",
    "Abon Ikan",
    "Kue Kering",
    "Dodol",
    "Rengginang",
    "Madu Hutan",
  ],
  "kerajinan-tangan": [
    "Tas Rajut",
    "Tas Anyaman",
    "Dompet Rajut",
    "Kain Batik",
    "Syal Rajut",
    "Keset Sabut",
    "Miniatur Kapal",
    "Sarung Bantal",
    "Gantungan Kunci",
    "Kaligrafi Ukir",
  ],
  "hasil-bengkel-kerja": [
    "Kursi Makan",
    "Meja Kopi",
    "Rak Buku",
    "Lemari Pakaian",
    "Nakas",
    "Bangku Taman",
    "Tempat Tidur",
    "Rak Sepatu",
    "Talenan",
    "Pigura",
  ],
}
export const MATERIALS = [
  "Jati",
  "Mahoni",
  "Rotan",
  "Besi",
  "Bambu",
  "Katun",
  "Pandan",
  "Wol",
]
export const FLAVOURS = ["Original", "Balado", "Pedas", "Manis", "Keju", "Bawang", "Jahe"]
export const PLACES = [
  "Bengkulu",
  "Jepara",
  "Malang",
  "Cirebon",
  "Makassar",
  "Medan",
  "Kupang",
]

/** mulberry32: the same catalog on every run. */
export function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

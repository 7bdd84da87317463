/**
 * Indonesia's 38 provinces, grouped by the island group couriers price by.
 * Names are the ones buyers pick in the address form.
 */
export const ISLAND_GROUPS = {
  sumatera: [
    "Aceh",
    "Sumatera Utara",
    "Sumatera Barat",
    "Riau",
    "Kepulauan Riau",
    "Jambi",
    "Sumatera Selatan",
    "Kepulauan Bangka Belitung",
    "Bengkulu",
    "Lampung",
  ],
  jawa: [
    "DKI Jakarta",
    "Banten",
    "Jawa Barat",
    "Jawa Tengah",
    "DI Yogyakarta",
    "Jawa Timur",
  ],
  "bali-nusa-tenggara": ["Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur"],
  kalimantan: [
    "Kalimantan Barat",
    "Kalimantan Tengah",
    "Kalimantan Selatan",
    "Kalimantan Timur",
    "Kalimantan Utara",
  ],
  sulawesi: [
    "Sulawesi Utara",
    "Gorontalo",
    "Sulawesi Tengah",
    "Sulawesi Barat",
    "Sulawesi Selatan",
    "Sulawesi Tenggara",
  ],
  maluku: ["Maluku", "Maluku Utara"],
  papua: [
    "Papua",
    "Papua Barat",
    "Papua Barat Daya",
    "Papua Tengah",
    "Papua Pegunungan",
    "Papua Selatan",
  ],
} as const

export type IslandGroup = keyof typeof ISLAND_GROUPS

export const PROVINCES: readonly string[] = Object.values(ISLAND_GROUPS).flat()

const PROVINCE_KEYS = new Map(PROVINCES.map((name) => [provinceKey(name), name]))

/** Case and spacing never decide a rate: "jawa  timur" is "Jawa Timur". */
export function provinceKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, " ")
}

/** The canonical spelling of a province, or undefined when it is not one. */
export function canonicalProvince(name: string | null | undefined): string | undefined {
  return name ? PROVINCE_KEYS.get(provinceKey(name)) : undefined
}

export function islandGroupOf(province: string): IslandGroup | undefined {
  const canonical = canonicalProvince(province)
  return (Object.keys(ISLAND_GROUPS) as IslandGroup[]).find((group) =>
    (ISLAND_GROUPS[group] as readonly string[]).includes(canonical ?? ""),
  )
}

import { type IslandGroup, PROVINCES, islandGroupOf } from "./provinces"
import type { RateRow } from "./quote"

/**
 * The starting rate table: every province to every province, priced by how
 * far apart their island groups are. Staff tune single rows in the admin.
 */

type Distance = "same-province" | "same-group" | "neighbour" | "far" | "remote"

const NEIGHBOURS: [IslandGroup, IslandGroup][] = [
  ["sumatera", "jawa"],
  ["sumatera", "kalimantan"],
  ["jawa", "bali-nusa-tenggara"],
  ["jawa", "kalimantan"],
  ["kalimantan", "sulawesi"],
  ["sulawesi", "maluku"],
  ["bali-nusa-tenggara", "sulawesi"],
  ["maluku", "papua"],
]

const TARIFF: Record<Distance, RateRow> = {
  "same-province": {
    courier_first_kg: 9_000,
    courier_next_kg: 5_000,
    freight_per_kg: 4_000,
    eta_min_days: 1,
    eta_max_days: 2,
  },
  "same-group": {
    courier_first_kg: 15_000,
    courier_next_kg: 8_000,
    freight_per_kg: 6_000,
    eta_min_days: 2,
    eta_max_days: 4,
  },
  neighbour: {
    courier_first_kg: 24_000,
    courier_next_kg: 12_000,
    freight_per_kg: 9_000,
    eta_min_days: 3,
    eta_max_days: 6,
  },
  far: {
    courier_first_kg: 38_000,
    courier_next_kg: 19_000,
    freight_per_kg: 14_000,
    eta_min_days: 5,
    eta_max_days: 9,
  },
  remote: {
    courier_first_kg: 58_000,
    courier_next_kg: 29_000,
    freight_per_kg: 21_000,
    eta_min_days: 7,
    eta_max_days: 14,
  },
}

function distance(origin: string, destination: string): Distance {
  if (origin === destination) {
    return "same-province"
  }
  const from = islandGroupOf(origin)!
  const to = islandGroupOf(destination)!
  if (from === to) {
    return "same-group"
  }
  if (NEIGHBOURS.some(([a, b]) => (a === from && b === to) || (a === to && b === from))) {
    return "neighbour"
  }
  const remote: IslandGroup[] = ["papua", "maluku"]
  return remote.includes(from) || remote.includes(to) ? "remote" : "far"
}

export type DefaultRate = RateRow & {
  origin_province: string
  destination_province: string
}

export function defaultRateTable(): DefaultRate[] {
  return PROVINCES.flatMap((origin) =>
    PROVINCES.map((destination) => ({
      origin_province: origin,
      destination_province: destination,
      ...TARIFF[distance(origin, destination)],
    })),
  )
}

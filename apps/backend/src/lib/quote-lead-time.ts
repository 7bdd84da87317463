/** Days to pack and hand over to the courier once the goods are made. */
export const HANDLING_DAYS = 2

export type LeadTimeLine = {
  workshop_id: string | null
  weekly_capacity: number | null
  quantity: number
}

/**
 * How many days a quote's goods take: each workshop makes its share at its
 * stated weekly capacity, the workshops work in parallel, then the order is
 * packed. Null when a line's workshop states no capacity (staff must judge).
 */
export function leadTimeDays(lines: LeadTimeLine[]): number | null {
  if (!lines.length) {
    return null
  }
  const units = new Map<string, { capacity: number; quantity: number }>()
  for (const line of lines) {
    if (!line.workshop_id || !line.weekly_capacity || line.weekly_capacity < 1) {
      return null
    }
    const entry = units.get(line.workshop_id) ?? {
      capacity: line.weekly_capacity,
      quantity: 0,
    }
    entry.quantity += line.quantity
    units.set(line.workshop_id, entry)
  }
  const making = Math.max(
    ...[...units.values()].map(({ capacity, quantity }) =>
      Math.ceil((quantity / capacity) * 7),
    ),
  )
  return making + HANDLING_DAYS
}

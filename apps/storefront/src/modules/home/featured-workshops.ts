type WithFacility = { handle: string; facility: { handle: string } }

/**
 * Up to `count` workshops taken in turn from each facility, so the home page shows the
 * breadth of places that make the goods rather than one facility's workshops.
 */
export function spreadAcrossFacilities<T extends WithFacility>(
  workshops: T[],
  count: number,
): T[] {
  const byFacility = new Map<string, T[]>()
  for (const workshop of workshops) {
    const queue = byFacility.get(workshop.facility.handle) ?? []
    queue.push(workshop)
    byFacility.set(workshop.facility.handle, queue)
  }
  const queues = [...byFacility.values()]
  const picked: T[] = []
  for (let round = 0; picked.length < count; round++) {
    const turn = queues.flatMap((queue) => (round < queue.length ? [queue[round]] : []))
    if (turn.length === 0) {
      break
    }
    picked.push(...turn.slice(0, count - picked.length))
  }
  return picked
}

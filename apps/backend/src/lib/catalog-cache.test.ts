import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { expireCatalogAnswers, keptCatalogFacts } from "./catalog-cache"

// The cache module as the backend has it without Redis: keys and values in memory.
function containerWithCache(): MedusaContainer {
  const values = new Map<string, unknown>()
  const cache = {
    get: async (key: string) => values.get(key) ?? null,
    set: async (key: string, value: unknown) => void values.set(key, value),
  }
  return {
    resolve: (name: string) => {
      if (name !== Modules.CACHE) throw new Error(`not in this test: ${name}`)
      return cache
    },
  } as unknown as MedusaContainer
}

// Each reading answers with its own number, so a test sees which one it got.
function reader() {
  let readings = 0
  const pending: (() => void)[] = []
  return {
    read: vi.fn(
      () =>
        new Promise<number>((resolve) => {
          const reading = ++readings
          pending.push(() => resolve(reading))
        }),
    ),
    finish: () => pending.splice(0).forEach((resolve) => resolve()),
  }
}

/** A request for facts, and the reading it starts finished: what it answers. */
async function firstReading(
  container: MedusaContainer,
  listing: unknown,
  { read, finish }: ReturnType<typeof reader>,
  readings = 1,
) {
  const answer = keptCatalogFacts(container, listing, read)
  // Reading the generation is asynchronous: let the request reach the reading.
  await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(readings))
  finish()
  return answer
}

// Requests differ per test, so no test sees facts another one kept.
let request = 0
const nextRequest = () => ({ channels: [`sc_${++request}`], locale: null })

describe("the facts a server keeps for /store/catalog", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it("reads once for requests that arrive together and for later ones", async () => {
    const container = containerWithCache()
    const listing = nextRequest()
    const { read, finish } = reader()
    const together = [1, 2, 3].map(() => keptCatalogFacts(container, listing, read))
    // Reading the generation is asynchronous: let every request reach the reading.
    await vi.waitFor(() => expect(read).toHaveBeenCalled())
    finish()
    expect(await Promise.all(together)).toEqual([1, 1, 1])
    vi.advanceTimersByTime(30_000)
    expect(await keptCatalogFacts(container, listing, read)).toBe(1)
    expect(read).toHaveBeenCalledTimes(1)
  })

  it("reads again, and waits for it, once something the listing shows has changed", async () => {
    const container = containerWithCache()
    const listing = nextRequest()
    const facts = reader()
    expect(await firstReading(container, listing, facts)).toBe(1)

    await expireCatalogAnswers(container)
    expect(await firstReading(container, listing, facts, 2)).toBe(2)
  })

  it("reads again in the background after 45 s, answering from the kept facts meanwhile", async () => {
    const container = containerWithCache()
    const listing = nextRequest()
    const facts = reader()
    const { read, finish } = facts
    await firstReading(container, listing, facts)

    vi.advanceTimersByTime(46_000)
    expect(await keptCatalogFacts(container, listing, read)).toBe(1)
    expect(await keptCatalogFacts(container, listing, read)).toBe(1)
    expect(read).toHaveBeenCalledTimes(2)
    finish()
    await vi.waitFor(async () =>
      expect(await keptCatalogFacts(container, listing, read)).toBe(2),
    )
    expect(read).toHaveBeenCalledTimes(2)
  })

  it("never answers from facts older than a minute, so expired certificates leave", async () => {
    const container = containerWithCache()
    const listing = nextRequest()
    const facts = reader()
    await firstReading(container, listing, facts)

    vi.advanceTimersByTime(61_000)
    expect(await firstReading(container, listing, facts, 2)).toBe(2)
  })

  it("keeps no failed reading: the next request reads again", async () => {
    const container = containerWithCache()
    const listing = nextRequest()
    const failing = vi.fn(async () => {
      throw new Error("database went away")
    })
    await expect(keptCatalogFacts(container, listing, failing)).rejects.toThrow(
      "database went away",
    )
    expect(await keptCatalogFacts(container, listing, async () => 7)).toBe(7)
  })
})

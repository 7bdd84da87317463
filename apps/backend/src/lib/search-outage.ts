/**
 * When search last failed in this process (a query or an index write the
 * engine did not take), kept until a catch-up rebuild has run: updates sent
 * while the engine was down are lost to it, so the index must be rebuilt once
 * it answers again (jobs/search-catch-up.ts).
 */
class SearchOutage {
  private since: Date | null = null
  private lastFailure: Date | null = null

  record(now = new Date()): void {
    this.since ??= now
    this.lastFailure = now
  }

  pendingSince(): Date | null {
    return this.since
  }

  /** Clears the outage unless search failed again after the rebuild began. */
  resolve(rebuildStartedAt: Date): void {
    if (this.lastFailure && this.lastFailure < rebuildStartedAt) {
      this.since = null
      this.lastFailure = null
    }
  }
}

// One per process, even when the file is loaded twice (Medusa's loader and a
// test runner each keep their own copy of a module).
const KEY = Symbol.for("karya.search-outage")
const registry = globalThis as typeof globalThis & { [KEY]?: SearchOutage }

export const searchOutage: SearchOutage = (registry[KEY] ??= new SearchOutage())

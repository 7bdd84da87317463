import { readdirSync, readFileSync } from "node:fs"
import { Client } from "pg"
import { startBackend } from "../../integration-tests/utils/backend-process"

export type BenchServer = {
  url: string
  /** Peak resident memory so far (VmHWM) of the process serving requests, in MiB. */
  peakMemoryMiB: () => number
  /**
   * Resolves once the server and its database have stopped working through
   * requests a load tool gave up on (autocannon abandons those in flight when
   * its time is up), so the next run does not pay for them.
   */
  idle: () => Promise<void>
  output: () => string
  stop: () => Promise<void>
}

function statusField(pid: number, field: string): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8")
    const line = status.split("\n").find((l) => l.startsWith(`${field}:`))
    return line ? Number(line.split(/\s+/)[1]) : 0
  } catch {
    return 0
  }
}

/** CPU time (user + system, in clock ticks) the process has used. */
function cpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    return Number(fields[11]) + Number(fields[12])
  } catch {
    return 0
  }
}

/** The process and everything it started, from /proc's parent links. */
function processTree(root: number): number[] {
  const parents = new Map<number, number[]>()
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) {
      continue
    }
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8")
      // The command name may hold spaces; the parent pid follows its closing parenthesis.
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)])
    } catch {
      // Gone meanwhile.
    }
  }
  const tree = [root]
  for (let i = 0; i < tree.length; i++) {
    tree.push(...(parents.get(tree[i]) ?? []))
  }
  return tree
}

/**
 * Starts a production build (`medusa start` in `.medusa/server`) in its own
 * process group and resolves once /health answers. `medusa start` serves in the
 * process it runs in unless told to cluster; the largest process of the group is
 * taken as the one serving all the same, should a future version fork.
 */
export async function startServer(options: {
  serverDir: string
  databaseUrl: string
  port: number
}): Promise<BenchServer> {
  const backend = await startBackend({
    appDir: options.serverDir,
    databaseUrl: options.databaseUrl,
    port: options.port,
    readyTimeoutMs: 180_000,
    env: {
      NODE_ENV: "production",
      // Production refuses the development defaults; these only guard a throw-away database.
      JWT_SECRET: "bench-jwt-secret-not-for-production-use-0123456789",
      COOKIE_SECRET: "bench-cookie-secret-not-for-production-use-0123456789",
      STOREFRONT_REVALIDATE_SECRET:
        "bench-revalidate-secret-not-for-production-0123456789",
      // No storefront runs: revalidation calls fail at once instead of waiting.
      STOREFRONT_URL: "http://127.0.0.1:1",
      LOG_LEVEL: "error",
    },
  })
  const serving = () =>
    processTree(backend.pid).reduce((best, pid) =>
      statusField(pid, "VmRSS") > statusField(best, "VmRSS") ? pid : best,
    )
  return {
    url: backend.url,
    peakMemoryMiB: () => Math.round(statusField(serving(), "VmHWM") / 1024),
    idle: async () => {
      const pid = serving()
      const pg = new Client({ connectionString: options.databaseUrl })
      await pg.connect()
      try {
        const deadline = Date.now() + 120_000
        let before = cpuTicks(pid)
        // Idle: under 5% of one core over half a second (ticks are 10 ms), and no
        // query of an abandoned request still running in PostgreSQL.
        while (Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 500))
          const now = cpuTicks(pid)
          const { rows } = await pg.query(
            "select count(*)::int as active from pg_stat_activity where datname = current_database() and state = 'active' and pid <> pg_backend_pid()",
          )
          if (now - before <= 2 && rows[0].active === 0) {
            return
          }
          before = now
        }
      } finally {
        await pg.end()
      }
    },
    output: backend.output,
    stop: backend.stop,
  }
}

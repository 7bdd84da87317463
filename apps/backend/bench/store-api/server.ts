import { spawn, type ChildProcess } from "node:child_process"
import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { Client } from "pg"

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

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once("exit", () => resolve()))
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
  const url = `http://127.0.0.1:${options.port}`
  const cli = path.resolve(options.serverDir, "../../node_modules/@medusajs/cli/cli.js")
  const child = spawn(process.execPath, [cli, "start"], {
    cwd: options.serverDir,
    env: {
      ...process.env,
      NODE_ENV: "production",
      MEDUSA_WORKER_MODE: "shared",
      DATABASE_URL: options.databaseUrl,
      PORT: String(options.port),
      DISABLE_MEDUSA_ADMIN: "true",
      REDIS_URL: "",
      // Production refuses the development defaults; these only guard a throw-away database.
      JWT_SECRET: "bench-jwt-secret-not-for-production-use-0123456789",
      COOKIE_SECRET: "bench-cookie-secret-not-for-production-use-0123456789",
      STOREFRONT_REVALIDATE_SECRET:
        "bench-revalidate-secret-not-for-production-0123456789",
      // No storefront runs: revalidation calls fail at once instead of waiting.
      STOREFRONT_URL: "http://127.0.0.1:1",
      LOG_LEVEL: "error",
    },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000)
  }
  child.stdout!.on("data", keep)
  child.stderr!.on("data", keep)
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal)
    } catch {
      // Already gone.
    }
  }
  // A suite that fails or is stopped must not leave a server holding the port.
  process.once("exit", () => signalGroup("SIGKILL"))
  const serving = () =>
    processTree(child.pid!).reduce((best, pid) =>
      statusField(pid, "VmRSS") > statusField(best, "VmRSS") ? pid : best,
    )
  const server: BenchServer = {
    url,
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
    output: () => output,
    stop: async () => {
      signalGroup("SIGTERM")
      const forced = setTimeout(() => signalGroup("SIGKILL"), 10_000)
      await exited(child)
      clearTimeout(forced)
    },
  }

  const deadline = Date.now() + 180_000
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`The server exited with ${child.exitCode}:\n${output}`)
    }
    const healthy = await fetch(`${url}/health`)
      .then((response) => response.ok)
      .catch(() => false)
    if (healthy) {
      return server
    }
    if (Date.now() > deadline) {
      signalGroup("SIGKILL")
      await exited(child)
      throw new Error(`The server did not answer /health in time:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

/**
 * `pnpm dev`: the whole marketplace on one command.
 *
 * 1. a database: DATABASE_URL when set, otherwise embedded PostgreSQL with its
 *    data in .data/ (gitignored);
 * 2. migrations, and the demo seed the first time (the seed is idempotent);
 * 3. the backend on :9000 and the storefront on :8000, the storefront handed
 *    the publishable key the seed created.
 * Ctrl-C stops all three, embedded PostgreSQL last.
 *
 * It runs as `node --import tsx`, not under the tsx CLI: the CLI kills its
 * child with SIGKILL when the child has not acknowledged Ctrl-C within ~60 ms,
 * which a busy two-core machine misses, and a killed launcher leaves the
 * backend, the storefront and PostgreSQL running.
 */
import { spawn, type ChildProcess } from "node:child_process"
import { existsSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import {
  assertPortFree,
  DevEnvironmentError,
  ensureDatabase,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from "@karya/embedded-db"
import pg from "pg"
import {
  DEMO_SEED_VERSION,
  demoAdmin,
  demoPartnerBuyer,
  PUBLISHABLE_KEY_TITLE,
} from "../apps/backend/src/scripts/seed-data/dev-contract.js"
import { storefrontRevalidateSecret } from "../apps/backend/src/lib/runtime-env.js"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const backendDir = path.join(root, "apps/backend")
const storefrontDir = path.join(root, "apps/storefront")

// The backend's .env (if any) configures this launcher too.
const backendEnvFile = path.join(backendDir, ".env")
if (existsSync(backendEnvFile)) {
  process.loadEnvFile(backendEnvFile)
}

const BACKEND_PORT = Number(process.env.PORT || 9000)
const STOREFRONT_PORT = 8000
/**
 * `STOREFRONT_MODE=production` builds the storefront and serves the build
 * (`next build` + `next start`) instead of `next dev`: how browser tests and
 * measurements see what buyers will get.
 */
const STOREFRONT_PRODUCTION = process.env.STOREFRONT_MODE === "production"
const EMBEDDED_PG_PORT = Number(process.env.EMBEDDED_PG_PORT || 54329)
const EMBEDDED_PG_DATA_DIR = path.resolve(
  root,
  process.env.EMBEDDED_PG_DATA_DIR || ".data/postgres",
)
const { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } = demoAdmin()
const { email: PARTNER_EMAIL, password: PARTNER_PASSWORD } = demoPartnerBuyer()
/**
 * The backend tells the storefront which cached catalog reads are stale, signed with
 * this secret; both get the same value, a development default unless one is set.
 */
const STOREFRONT_REVALIDATE_SECRET = storefrontRevalidateSecret()

const children = new Set<ChildProcess>()
let database: EmbeddedPostgres | undefined
let shuttingDown = false

function say(message: string) {
  console.info(`[dev] ${message}`)
}

function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): ChildProcess {
  // Each child leads its own process group, so stopping it also stops what it
  // started (next-server, Medusa's watcher) however this launcher is stopped.
  const child = spawn(command, args, { cwd, env, stdio: "inherit", detached: true })
  children.add(child)
  child.once("exit", () => children.delete(child))
  return child
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal)
  } catch {
    // the group is already gone
  }
}

/** Runs a one-off command and fails with its name when it fails. */
function runToCompletion(
  label: string,
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = run(command, args, cwd, env)
    child.once("error", reject)
    child.once("exit", (code, signal) => {
      if (code === 0) {
        resolve()
      } else if (!shuttingDown) {
        reject(
          new DevEnvironmentError(
            `${label} failed (${signal ? `signal ${signal}` : `exit code ${code}`}); see its output above.`,
          ),
        )
      }
    })
  })
}

async function provideDatabase(): Promise<string> {
  const configured = process.env.DATABASE_URL?.trim()
  if (configured) {
    say("Using the database in DATABASE_URL (no embedded PostgreSQL).")
    await ensureDatabase(configured)
    return configured
  }
  say(
    `Starting embedded PostgreSQL on localhost:${EMBEDDED_PG_PORT} (data in ${path.relative(root, EMBEDDED_PG_DATA_DIR) || "."}).`,
  )
  database = await startEmbeddedPostgres({
    dataDir: EMBEDDED_PG_DATA_DIR,
    port: EMBEDDED_PG_PORT,
    database: "karya",
  })
  return database.url
}

/** The storefront's key, and which version of the demo data the database holds. */
async function readSeedState(
  databaseUrl: string,
): Promise<{ publishableKey?: string; seedVersion?: number }> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const keys = await client.query<{ token: string }>(
      `SELECT token FROM api_key
        WHERE type = 'publishable' AND title = $1
          AND revoked_at IS NULL AND deleted_at IS NULL
        ORDER BY created_at LIMIT 1`,
      [PUBLISHABLE_KEY_TITLE],
    )
    const stores = await client.query<{ version: string | null }>(
      `SELECT metadata->>'demo_seed_version' AS version FROM store
        WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1`,
    )
    const version = stores.rows[0]?.version
    return {
      publishableKey: keys.rows[0]?.token,
      seedVersion: version ? Number(version) : undefined,
    }
  } finally {
    await client.end()
  }
}

async function waitForHttp(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && !shuttingDown) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) })
      if (response.status < 500) {
        return true
      }
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
  return false
}

async function shutdown(exitCode: number) {
  if (shuttingDown) {
    return
  }
  shuttingDown = true
  say("Stopping…")
  const exits = [...children].map(
    (child) =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          return resolve()
        }
        child.once("exit", () => resolve())
        signalGroup(child, "SIGTERM")
        setTimeout(() => {
          signalGroup(child, "SIGKILL")
          resolve()
        }, 10_000).unref()
      }),
  )
  await Promise.all(exits)
  if (database) {
    await database.stop()
    say("Embedded PostgreSQL stopped.")
  }
  process.exit(exitCode)
}

async function main() {
  const hint = "Stop the process using it (another `pnpm dev`?) and try again."
  await assertPortFree(BACKEND_PORT, "backend", hint)
  await assertPortFree(STOREFRONT_PORT, "storefront", hint)

  const databaseUrl = await provideDatabase()
  const backendEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(BACKEND_PORT),
    SEED_ADMIN_EMAIL: ADMIN_EMAIL,
    SEED_ADMIN_PASSWORD: ADMIN_PASSWORD,
    STOREFRONT_REVALIDATE_SECRET,
  }

  say("Running migrations…")
  await runToCompletion(
    "Migrations",
    "pnpm",
    ["exec", "medusa", "db:migrate"],
    backendDir,
    backendEnv,
  )

  let { publishableKey, seedVersion } = await readSeedState(databaseUrl)
  if (!publishableKey || seedVersion !== DEMO_SEED_VERSION) {
    say(
      publishableKey
        ? `Updating the demo catalog to version ${DEMO_SEED_VERSION}…`
        : "Seeding the demo catalog (first start only)…",
    )
    await runToCompletion("Seed", "pnpm", ["run", "seed"], backendDir, backendEnv)
    ;({ publishableKey } = await readSeedState(databaseUrl))
  }
  if (!publishableKey) {
    throw new DevEnvironmentError(
      `The seed ran but no publishable API key titled "${PUBLISHABLE_KEY_TITLE}" exists.`,
    )
  }

  const backendUrl = `http://localhost:${BACKEND_PORT}`
  const storefrontUrl = `http://localhost:${STOREFRONT_PORT}`
  const exitTogether = (name: string) => (code: number | null) => {
    if (!shuttingDown) {
      console.error(`[dev] The ${name} exited (code ${code}); stopping everything.`)
      void shutdown(1)
    }
  }
  run("pnpm", ["exec", "medusa", "develop"], backendDir, backendEnv).once(
    "exit",
    exitTogether("backend"),
  )
  const storefrontEnv = {
    ...process.env,
    PORT: String(STOREFRONT_PORT),
    NEXT_PUBLIC_MEDUSA_BACKEND_URL: backendUrl,
    NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY: publishableKey,
    STOREFRONT_REVALIDATE_SECRET,
  }
  if (STOREFRONT_PRODUCTION) {
    say("Building the storefront for production…")
    await runToCompletion(
      "Storefront build",
      "pnpm",
      ["exec", "next", "build"],
      storefrontDir,
      storefrontEnv,
    )
  }
  run(
    "pnpm",
    [
      "exec",
      "next",
      STOREFRONT_PRODUCTION ? "start" : "dev",
      "--port",
      String(STOREFRONT_PORT),
    ],
    storefrontDir,
    storefrontEnv,
  ).once("exit", exitTogether("storefront"))

  const [backendUp, storefrontUp] = await Promise.all([
    waitForHttp(`${backendUrl}/health`, 300_000),
    waitForHttp(storefrontUrl, 300_000),
  ])
  if (shuttingDown) {
    return
  }
  console.info(
    [
      "",
      "  Karya Warga Binaan is running",
      `  Storefront   ${storefrontUrl}${storefrontUp ? "" : "  (not answering yet)"}`,
      `  Backend API  ${backendUrl}${backendUp ? "" : "  (not answering yet)"}`,
      `  Admin        ${backendUrl}/app`,
      `  Admin login  ${ADMIN_EMAIL} / ${ADMIN_PASSWORD}`,
      `  Partner      ${PARTNER_EMAIL} / ${PARTNER_PASSWORD} (storefront, wholesale buyer)`,
      `  Database     ${database ? `embedded PostgreSQL on localhost:${EMBEDDED_PG_PORT}` : "DATABASE_URL"}`,
      "  Ctrl-C stops everything.",
      "",
    ].join("\n"),
  )
}

process.on("SIGINT", () => void shutdown(0))
process.on("SIGTERM", () => void shutdown(0))

main().catch(async (error: unknown) => {
  if (error instanceof DevEnvironmentError) {
    console.error(`\n[dev] ${error.message}\n`)
  } else {
    console.error(error)
  }
  await shutdown(1)
})

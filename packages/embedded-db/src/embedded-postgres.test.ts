import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import fs from "node:fs/promises"
import net from "node:net"
import path from "node:path"
import pg from "pg"
import { afterEach, describe, expect, it } from "vitest"
import {
  DevEnvironmentError,
  findFreePort,
  startEmbeddedPostgres,
  temporaryDataDir,
  type EmbeddedPostgres,
} from "./index.js"

const running: EmbeddedPostgres[] = []

async function start(dataDir: string, port: number, ephemeral = true) {
  const db = await startEmbeddedPostgres({ dataDir, port, database: "karya", ephemeral })
  running.push(db)
  return db
}

async function selectOne(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ one: number }>("SELECT 1 AS one")
    return rows[0].one
  } finally {
    await client.end()
  }
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((db) => db.stop()))
})

describe("startEmbeddedPostgres", () => {
  it("initialises a cluster, creates the database and stops cleanly", async () => {
    const dataDir = temporaryDataDir(`fresh-${Date.now()}`)
    const db = await start(dataDir, await findFreePort(), false)
    expect(await selectOne(db.url)).toEqual(1)

    await db.stop()
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false)

    // A second start reuses the data without initialising again.
    const again = await start(dataDir, await findFreePort(), true)
    expect(await selectOne(again.url)).toEqual(1)
  })

  it("recovers from a lock file left by a crashed run", async () => {
    const dataDir = temporaryDataDir(`stale-${Date.now()}`)
    const first = await start(dataDir, await findFreePort(), false)
    await first.stop()

    // A pid that is certainly not running any more.
    const dead = spawn(process.execPath, ["-e", "0"])
    await new Promise((resolve) => dead.once("exit", resolve))
    await fs.writeFile(path.join(dataDir, "postmaster.pid"), `${dead.pid}\n${dataDir}\n`)

    const db = await start(dataDir, await findFreePort(), true)
    expect(await selectOne(db.url)).toEqual(1)
  })

  it("stops a server orphaned by a killed launcher and takes over its folder", async () => {
    const dataDir = temporaryDataDir(`orphan-${Date.now()}`)
    const port = await findFreePort()
    // The server must outlive the process that started it, as after kill -9.
    const launcher = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "-e",
        `import("${path.resolve("src/index.ts")}").then(async (m) => {
          await m.startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${port}, database: "karya" })
          console.log("ready")
        })`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    )
    await new Promise<void>((resolve) => {
      launcher.stdout.on("data", (chunk) => {
        if (String(chunk).includes("ready")) resolve()
      })
    })
    launcher.kill("SIGKILL")
    await new Promise((resolve) => launcher.once("exit", resolve))
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(true)

    const db = await start(dataDir, port, true)
    expect(await selectOne(db.url)).toEqual(1)
  })

  it("names the port when it is already taken", async () => {
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve))
    const port = (blocker.address() as net.AddressInfo).port
    try {
      const attempt = start(temporaryDataDir(`busy-${Date.now()}`), port)
      await expect(attempt).rejects.toBeInstanceOf(DevEnvironmentError)
      await expect(attempt).rejects.toThrow(
        new RegExp(`Port ${port} \\(embedded PostgreSQL\\) is already in use`),
      )
    } finally {
      blocker.close()
    }
  })
})

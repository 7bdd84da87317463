import net from "node:net"
import { describe, expect, it } from "vitest"
import { describeDatabaseUrl, ensureDatabase } from "./database-url.js"
import { DevEnvironmentError } from "./errors.js"
import { findFreePort } from "./ports.js"

describe("describeDatabaseUrl", () => {
  it("reads host, port, database and user", () => {
    expect(describeDatabaseUrl("postgres://karya:rahasia@db.internal:6543/toko")).toEqual(
      {
        host: "db.internal",
        port: 6543,
        database: "toko",
        user: "karya",
      },
    )
  })

  it.each([
    ["not a url", /DATABASE_URL is malformed/],
    ["mysql://root@localhost/karya", /must start with postgres:\/\//],
    ["postgres://localhost", /must name a host and a database/],
  ])("explains what is wrong with %j", (raw, message) => {
    expect(() => describeDatabaseUrl(raw)).toThrow(DevEnvironmentError)
    expect(() => describeDatabaseUrl(raw)).toThrow(message)
  })

  it("never echoes the password of a malformed URL", () => {
    expect(() => describeDatabaseUrl("postgres://user:s3cret@:bad")).toThrow(
      /^(?!.*s3cret)/s,
    )
  })
})

describe("ensureDatabase", () => {
  it("says the database cannot be reached when nothing listens", async () => {
    const port = await findFreePort()
    const attempt = ensureDatabase(`postgres://postgres@127.0.0.1:${port}/karya`)
    await expect(attempt).rejects.toBeInstanceOf(DevEnvironmentError)
    await expect(attempt).rejects.toThrow(
      `Cannot reach the database at 127.0.0.1:${port}/karya: connection refused`,
    )
  })

  it("gives up with a clear message when the server never answers", async () => {
    const silent = net.createServer(() => undefined)
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve))
    const port = (silent.address() as net.AddressInfo).port
    try {
      await expect(
        ensureDatabase(`postgres://postgres@127.0.0.1:${port}/karya`),
      ).rejects.toThrow(/timed out/)
    } finally {
      silent.close()
    }
  }, 15_000)
})

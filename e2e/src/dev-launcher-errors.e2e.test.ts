import net from "node:net"
import { findFreePort } from "@karya/embedded-db"
import { describe, expect, it } from "vitest"
import { launchDev } from "./launcher.js"

async function failedStart(env: NodeJS.ProcessEnv) {
  const launch = launchDev(env)
  const code = await launch.exited
  return { code, output: launch.output() }
}

function expectOneClearMessage(output: string, message: string | RegExp) {
  expect(output).toMatch(message)
  // A person reads the cause, not a stack trace.
  expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
}

describe("pnpm dev refuses a broken setup with one clear message", () => {
  it("names a malformed DATABASE_URL without echoing its password", async () => {
    const { code, output } = await failedStart({
      DATABASE_URL: "postgres//karya:rahasia@localhost/karya",
    })
    expect(code).not.toEqual(0)
    expectOneClearMessage(output, /DATABASE_URL is malformed/)
    expect(output).not.toContain("rahasia")
  })

  it("names a database it cannot reach", async () => {
    const port = await findFreePort()
    const { code, output } = await failedStart({
      DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/karya`,
    })
    expect(code).not.toEqual(0)
    expectOneClearMessage(
      output,
      `Cannot reach the database at 127.0.0.1:${port}/karya: connection refused`,
    )
  })

  it("names a port that is already in use", async () => {
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen(9000, "127.0.0.1", resolve))
    try {
      const { code, output } = await failedStart({})
      expect(code).not.toEqual(0)
      expectOneClearMessage(output, "Port 9000 (backend) is already in use")
    } finally {
      blocker.close()
    }
  })
})

import { spawn } from "node:child_process"
import path from "node:path"

const backendDir = path.resolve(__dirname, "../..")

/** Starts the production server the way an operator would and collects what it says. */
function startInProduction(
  secrets: Record<string, string | undefined>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: "postgres://nobody@localhost:1/never",
    }
    delete env.JWT_SECRET
    delete env.COOKIE_SECRET
    delete env.STOREFRONT_REVALIDATE_SECRET
    const child = spawn("pnpm", ["exec", "medusa", "start"], {
      cwd: backendDir,
      env: { ...env, ...secrets },
    })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000)
    child.once("exit", (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}

describe("production start", () => {
  it("refuses missing or default secrets and names each one", async () => {
    const { code, output } = await startInProduction({ COOKIE_SECRET: "supersecret" })
    expect(code).toEqual(1)
    expect(output).toContain("Refusing to start in production with unsafe secrets")
    expect(output).toContain("JWT_SECRET is not set")
    expect(output).toContain('COOKIE_SECRET is a known default ("supersecret")')
    expect(output).toContain("STOREFRONT_REVALIDATE_SECRET is not set")
    expect(output).not.toMatch(/^\s+at /m)
  })

  it("refuses a secret too short to resist guessing", async () => {
    const { code, output } = await startInProduction({
      JWT_SECRET: "a".repeat(64),
      COOKIE_SECRET: "short",
      STOREFRONT_REVALIDATE_SECRET: "b".repeat(64),
    })
    expect(code).toEqual(1)
    expect(output).toContain("COOKIE_SECRET is shorter than 32 characters")
    expect(output).not.toContain("JWT_SECRET")
  })
})

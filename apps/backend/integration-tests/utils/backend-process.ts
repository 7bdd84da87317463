import { spawn, type ChildProcess } from "node:child_process"
import { createRequire } from "node:module"
import { createServer } from "node:net"
import path from "node:path"

const BACKEND_DIR = path.resolve(__dirname, "../..")

export type BackendProcess = {
  url: string
  /** The `medusa start` process; what it starts shares its process group. */
  pid: number
  /** What the process printed, for a failing test's message. */
  output: () => string
  /** Ends the process (and what it started) at once, as a power cut would. */
  kill: () => Promise<void>
  /** Asks the process to stop and waits for it. */
  stop: () => Promise<void>
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once("exit", () => resolve()))
}

/**
 * Starts a Medusa app as its own process (`medusa start` in `appDir`: by default
 * this app's sources, as `pnpm dev` runs it; or a production build's folder)
 * against `databaseUrl`, and resolves once /health answers.
 */
export async function startBackend(options: {
  databaseUrl: string
  port: number
  appDir?: string
  env?: NodeJS.ProcessEnv
  readyTimeoutMs?: number
}): Promise<BackendProcess> {
  const url = `http://127.0.0.1:${options.port}`
  const appDir = options.appDir ?? BACKEND_DIR
  // The app's own Medusa CLI, found from its folder as `medusa` would be.
  const cli = createRequire(path.join(appDir, "package.json")).resolve(
    "@medusajs/cli/cli.js",
  )
  const child = spawn(process.execPath, [cli, "start"], {
    cwd: appDir,
    env: {
      ...process.env,
      NODE_ENV: "development",
      DATABASE_URL: options.databaseUrl,
      PORT: String(options.port),
      DISABLE_MEDUSA_ADMIN: "true",
      REDIS_URL: "",
      // One process serving requests and running jobs and subscribers, as `pnpm dev` does.
      MEDUSA_WORKER_MODE: "shared",
      ...options.env,
    },
    // Its own process group, so a kill reaches everything it started.
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
  // A run that fails or is stopped must not leave a backend holding the port.
  const killOnExit = () => signalGroup("SIGKILL")
  process.once("exit", killOnExit)
  const backend: BackendProcess = {
    url,
    pid: child.pid!,
    output: () => output,
    kill: async () => {
      process.off("exit", killOnExit)
      signalGroup("SIGKILL")
      await exited(child)
    },
    stop: async () => {
      process.off("exit", killOnExit)
      signalGroup("SIGTERM")
      const forced = setTimeout(() => signalGroup("SIGKILL"), 10_000)
      await exited(child)
      clearTimeout(forced)
    },
  }

  const deadline = Date.now() + (options.readyTimeoutMs ?? 240_000)
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`The backend exited with ${child.exitCode}:\n${output}`)
    }
    const healthy = await fetch(`${url}/health`)
      .then((response) => response.ok)
      .catch(() => false)
    if (healthy) {
      return backend
    }
    if (Date.now() > deadline) {
      await backend.kill()
      throw new Error(`The backend did not answer /health in time:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** An axios-shaped client for a backend process: non-2xx answers reject with `response`. */
export function httpClient(baseUrl: string) {
  async function call(method: string, url: string, body?: unknown, config?: unknown) {
    const headers = (config as { headers?: Record<string, string> } | undefined)?.headers
    const response = await fetch(`${baseUrl}${url}`, {
      method,
      headers: { "content-type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    const data = (text ? JSON.parse(text) : {}) as Json
    if (!response.ok) {
      throw Object.assign(new Error(`${method} ${url}: ${response.status} ${text}`), {
        response: { status: response.status, data },
      })
    }
    return { status: response.status, data }
  }
  return {
    get: (url: string, config?: unknown) => call("GET", url, undefined, config),
    post: (url: string, body?: unknown, config?: unknown) =>
      call("POST", url, body ?? {}, config),
  }
}

import { spawn, type ChildProcess } from "node:child_process"
import path from "node:path"
import { fileURLToPath } from "node:url"

export const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../..",
)

export type Launch = {
  child: ChildProcess
  output: () => string
  waitFor: (text: string | RegExp, timeoutMs: number) => Promise<void>
  exited: Promise<number | null>
  /** What a terminal's Ctrl-C does: SIGINT to the whole process group. */
  interrupt: () => void
}

/** Runs `pnpm dev` exactly as the README says, in its own process group. */
export function launchDev(env: NodeJS.ProcessEnv): Launch {
  const child = spawn("pnpm", ["dev"], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  const listeners = new Set<() => void>()
  const collect = (chunk: Buffer) => {
    output += chunk.toString()
    listeners.forEach((listener) => listener())
  }
  child.stdout!.on("data", collect)
  child.stderr!.on("data", collect)
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  )

  const waitFor = (text: string | RegExp, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const matches = () =>
        typeof text === "string" ? output.includes(text) : text.test(output)
      const done = () => {
        listeners.delete(check)
        clearTimeout(timer)
      }
      const check = () => {
        if (matches()) {
          done()
          resolve()
        }
      }
      const timer = setTimeout(() => {
        done()
        reject(
          new Error(
            `Timed out waiting for ${text}. Output so far:\n${output.slice(-4000)}`,
          ),
        )
      }, timeoutMs)
      listeners.add(check)
      void exited.then(() => {
        if (!matches()) {
          done()
          reject(
            new Error(`pnpm dev exited before ${text}. Output:\n${output.slice(-4000)}`),
          )
        }
      })
      check()
    })

  return {
    child,
    output: () => output,
    waitFor,
    exited,
    interrupt: () => process.kill(-child.pid!, "SIGINT"),
  }
}

/** Last resort when a test fails half-way: nothing of the run may outlive it. */
export function killGroup(launch: Launch | undefined) {
  if (launch?.child.pid && launch.child.exitCode === null) {
    try {
      process.kill(-launch.child.pid, "SIGKILL")
    } catch {
      // already gone
    }
  }
}

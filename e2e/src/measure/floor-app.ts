/**
 * The floor of the storefront's Lighthouse figures: the smallest page the same
 * Next.js and React can serve (a heading, a paragraph and one button that
 * hydrates), built for production and measured like the buyer pages. What a
 * buyer page costs beyond it is the storefront's own; what the floor itself
 * costs is the framework's on this machine.
 */
import { type ChildProcess, spawn } from "node:child_process"
import fs from "node:fs/promises"
import path from "node:path"

import { repoRoot } from "../launcher.js"

const e2eDir = path.join(repoRoot, "e2e")
// Gitignored and lint-ignored; written afresh on every measurement.
const appDir = path.join(e2eDir, ".floor-app")
const nextBin = path.join(e2eDir, "node_modules", "next", "dist", "bin", "next")

const FILES: Record<string, string> = {
  "app/layout.jsx": `export const metadata = { title: "Lantai" }
export default function Layout({ children }) {
  return <html lang="id"><body>{children}</body></html>
}
`,
  "app/add-button.jsx": `"use client"
import { useState } from "react"
export function AddButton() {
  const [count, setCount] = useState(0)
  return <button onClick={() => setCount(count + 1)}>Tambah ({count})</button>
}
`,
  "app/page.jsx": `import { AddButton } from "./add-button"
export default function Page() {
  return <main><h1>Halaman terkecil</h1><p>Satu tombol yang hidup di peramban.</p><AddButton /></main>
}
`,
}

function run(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [nextBin, ...args], {
    cwd: appDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  })
}

function completion(child: ChildProcess, what: string): Promise<void> {
  let output = ""
  child.stdout?.on("data", (chunk) => (output += chunk))
  child.stderr?.on("data", (chunk) => (output += chunk))
  return new Promise((resolve, reject) => {
    child.once("error", reject)
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${what} failed:\n${output}`)),
    )
  })
}

/** Builds the floor page and serves it on `port`; `stop` ends the server. */
export async function startFloorApp(
  port: number,
): Promise<{ url: string; stop: () => void }> {
  await fs.rm(appDir, { recursive: true, force: true })
  for (const [file, source] of Object.entries(FILES)) {
    await fs.mkdir(path.dirname(path.join(appDir, file)), { recursive: true })
    await fs.writeFile(path.join(appDir, file), source)
  }
  await completion(run(["build"], { NODE_ENV: "production" }), "Building the floor page")
  const server = run(["start", "--port", String(port)], { NODE_ENV: "production" })
  const url = `http://localhost:${port}/`
  const deadline = Date.now() + 30_000
  for (;;) {
    if (server.exitCode !== null) {
      throw new Error(`The floor page's server exited with ${server.exitCode}`)
    }
    const answered = await fetch(url).then(
      (response) => response.ok,
      () => false,
    )
    if (answered) {
      return { url, stop: () => server.kill() }
    }
    if (Date.now() > deadline) {
      server.kill()
      throw new Error(`The floor page did not answer at ${url} within 30 s`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

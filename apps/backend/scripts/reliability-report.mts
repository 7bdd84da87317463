/**
 * Runs the reliability and security suite and writes docs/RELIABILITY.md: each
 * of its twelve parts, the tests that prove it, and their latest result.
 *
 *   pnpm reliability
 *
 * Tests run against a real PostgreSQL: the machine's own when DB_HOST or
 * DATABASE_URL is set, else a throw-away embedded one, as for `pnpm test`.
 */
import { execFileSync, spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"

const backend = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const root = path.resolve(backend, "../..")
const storefront = path.join(root, "apps/storefront")

type Workspace = "backend" | "storefront"

/** A test is found by its file and a pattern on its full name. */
type Proof = { workspace?: Workspace; file: string; name: RegExp }

type Part = {
  title: string
  proves: string
  proofs: Proof[]
  /** Why a part, or a piece of it, is not proven by a test here. */
  gap?: string
}

/** Tests of our own suite say which part they prove: a describe or test named "6. …". */
const part = (number: number) => new RegExp(`(^|> )${number}\\. `)

const http = (file: string, name: RegExp = /.*/): Proof => ({
  file: `integration-tests/http/${file}`,
  name,
})

const PARTS: Part[] = [
  {
    title: "50 concurrent checkouts of the last unit",
    proves:
      "Exactly one order; stock never negative; every other buyer gets a clear out-of-stock answer.",
    proofs: [http("reliability-checkout.spec.ts", part(1))],
  },
  {
    title: "One cart completed 20 times at once, and a replayed payment webhook",
    proves: "One order and one capture; every caller gets the same order id.",
    proofs: [
      http("checkout.spec.ts", /20 parallel completions/),
      http("stripe-payments.spec.ts", /replayed webhook|captures once/),
    ],
  },
  {
    title: "Stripe webhooks: bad signature, stale timestamp, replay",
    proves: "400, 400, and no second effect.",
    proofs: [http("stripe-payments.spec.ts", /bad signature|stale|replayed/)],
  },
  {
    title: "Price tampering",
    proves:
      "Client-sent prices, a foreign region's payment provider and partner prices for the public are refused or ignored; totals are the server's.",
    proofs: [http("reliability-checkout.spec.ts", part(4))],
  },
  {
    title: 'Quantities -1, 0, 0.5, 1e9, "abc"',
    proves:
      "400 naming the field and nothing changed, on add-to-cart and our own routes; an empty cart cannot complete.",
    proofs: [
      http("reliability-checkout.spec.ts", part(5)),
      http("checkout.spec.ts", /empty cart/),
    ],
  },
  {
    title: "Object-level authorization",
    proves:
      "A customer cannot read or change another's cart, order, address, quote or invoice; order ids cannot be enumerated; a guest lookup needs e-mail and order number.",
    proofs: [
      http("reliability-access.spec.ts", part(6)),
      http("store-order-lookup.spec.ts", /wrong e-mail|finds an order/),
    ],
  },
  {
    title: "Admin authentication",
    proves:
      "No token, an expired or forged token, or a customer's token get 401; production refuses default secrets.",
    proofs: [
      http("reliability-access.spec.ts", part(7)),
      { file: "integration-tests/cli/production-secrets.spec.ts", name: /.*/ },
      http("staff.spec.ts", /403 and nothing changed/),
    ],
  },
  {
    title: "Property-based fuzzing of every custom route's input",
    proves: "Never a 500, never a partial write.",
    proofs: [http("reliability-fuzz.spec.ts")],
  },
  {
    title: "Privacy scan",
    proves:
      "Public responses carry only allowlisted fields; no inmate identity exists in the schema.",
    proofs: [
      http("store-catalog.spec.ts", /public fields/),
      http("store-provenance.spec.ts", /public|forbidden field/),
      http("store-search.spec.ts", /public fields/),
      http("store-order-lookup.spec.ts", /no personal data/),
      http("privacy-store-scan.spec.ts"),
      http("privacy-schema.spec.ts"),
    ],
  },
  {
    title: "Restart during work",
    proves:
      "The backend killed during checkout and batch creation leaves no half-written records; the cart can complete; stock is consistent.",
    proofs: [http("reliability-restart.spec.ts"), http("interrupted-work.spec.ts")],
  },
  {
    title: "Rate limiting",
    proves:
      "Logins, partner applications, quotes and the order lookup answer 429 past their limit.",
    proofs: [http("rate-limits.spec.ts")],
  },
  {
    title: "Security headers and Content-Security-Policy; dependency audit",
    proves:
      "Every storefront response carries the headers; `pnpm audit --prod` is clean.",
    proofs: [
      { workspace: "storefront", file: "src/lib/security-headers.test.ts", name: /.*/ },
    ],
    gap: "`pnpm audit --prod` cannot run on this machine: the registry's audit endpoint answers 405 here.",
  },
]

type Assertion = {
  ancestorTitles: string[]
  title: string
  fullName: string
  status: "passed" | "failed" | "skipped" | "pending" | "todo"
  duration?: number | null
}

type Result = { file: string; workspace: Workspace; test: Assertion }

/** Runs the files of one workspace that exist, and reads vitest's JSON report. */
function run(workspace: Workspace, files: string[]): Result[] {
  const cwd = workspace === "backend" ? backend : storefront
  const present = files.filter((file) => fs.existsSync(path.join(cwd, file)))
  if (!present.length) return []
  const output = path.join(os.tmpdir(), `reliability-${workspace}-${process.pid}.json`)
  const { status } = spawnSync(
    "pnpm",
    [
      "exec",
      "vitest",
      "run",
      ...present,
      "--reporter=default",
      "--reporter=json",
      `--outputFile=${output}`,
    ],
    { cwd, stdio: "inherit", env: process.env },
  )
  if (!fs.existsSync(output)) {
    throw new Error(`vitest wrote no report for ${workspace} (exit ${status})`)
  }
  const report = JSON.parse(fs.readFileSync(output, "utf8")) as {
    testResults: { name: string; assertionResults: Assertion[] }[]
  }
  fs.rmSync(output)
  return report.testResults.flatMap((file) =>
    file.assertionResults.map((test) => ({
      file: path.relative(cwd, file.name),
      workspace,
      test,
    })),
  )
}

/** A test's describe blocks and title; Medusa's test runner wraps them in an untitled one. */
const nameOf = (test: Assertion) =>
  [...test.ancestorTitles.filter(Boolean), test.title].join(" > ")

const MARK: Record<Assertion["status"], string> = {
  passed: "passed",
  failed: "**FAILED**",
  skipped: "skipped",
  pending: "skipped",
  todo: "to do",
}

function render(results: Result[], ranAt: Date): string {
  const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root })
    .toString()
    .trim()
  const lines = [
    "# Reliability and security",
    "",
    `Latest run ${ranAt.toISOString()} at commit ${commit}, written by \`pnpm reliability\`, which`,
    "runs every test below against the application and a real PostgreSQL and rewrites this file.",
    "",
    "| # | part | tests | result |",
    "|---|---|---|---|",
  ]
  const details: string[] = []
  PARTS.forEach((part, index) => {
    const found = part.proofs.flatMap((proof) =>
      results.filter(
        (result) =>
          result.workspace === (proof.workspace ?? "backend") &&
          result.file === proof.file &&
          proof.name.test(nameOf(result.test)),
      ),
    )
    const failed = found.filter((result) => result.test.status === "failed").length
    const passed = found.filter((result) => result.test.status === "passed").length
    let verdict = "not built yet"
    if (found.length) {
      verdict = failed ? `**${failed} FAILED**` : `${passed} passed`
    }
    if (part.gap && found.length) verdict += " (see note)"
    lines.push(`| ${index + 1} | ${part.title} | ${found.length} | ${verdict} |`)

    details.push(`## ${index + 1}. ${part.title}`, "", part.proves, "")
    for (const result of found) {
      const seconds = ((result.test.duration ?? 0) / 1000).toFixed(1)
      details.push(
        `- ${MARK[result.test.status]}: ${nameOf(result.test)} (\`${result.file}\`, ${seconds} s)`,
      )
    }
    if (!found.length) details.push("- No test yet.")
    if (part.gap) details.push("", `Note: ${part.gap}`)
    details.push("")
  })
  return [...lines, "", ...details].join("\n")
}

const byWorkspace = (workspace: Workspace) => [
  ...new Set(
    PARTS.flatMap((part) => part.proofs)
      .filter((proof) => (proof.workspace ?? "backend") === workspace)
      .map((proof) => proof.file),
  ),
]

const ranAt = new Date()
const results = [
  ...run("backend", byWorkspace("backend")),
  ...run("storefront", byWorkspace("storefront")),
]
const target = path.join(root, "docs/RELIABILITY.md")
fs.writeFileSync(target, render(results, ranAt))
// In the house style, so `pnpm format` leaves the report as written.
execFileSync("pnpm", ["exec", "prettier", "--write", target], { cwd: root })
console.info(`Wrote ${path.relative(root, target)}`)
process.exitCode = results.some((result) => result.test.status === "failed") ? 1 : 0

import { integrationTestOptions } from "@karya/config/vitest"
import { defineConfig } from "vitest/config"

/** Benchmarks that write reports to docs/; not part of `pnpm test`. */
export default defineConfig({
  test: {
    ...integrationTestOptions,
    include: ["bench/**/*.bench.ts"],
    testTimeout: 1_800_000,
    globalSetup: ["./integration-tests/setup/global-database.mts"],
    setupFiles: ["./integration-tests/setup/register-ts-node.mts"],
  },
})

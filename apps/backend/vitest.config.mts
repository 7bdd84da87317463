import { integrationTestOptions } from "@karya/config/vitest"
import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    ...integrationTestOptions,
    include: ["integration-tests/**/*.spec.ts", "src/**/*.test.ts", "bench/**/*.test.ts"],
    globalSetup: ["./integration-tests/setup/global-database.mts"],
    setupFiles: ["./integration-tests/setup/register-ts-node.mts"],
  },
})

import { integrationTestOptions } from "@karya/config/vitest"
import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    ...integrationTestOptions,
    globals: false,
    include: ["src/**/*.e2e.test.ts"],
    testTimeout: 600_000,
  },
})

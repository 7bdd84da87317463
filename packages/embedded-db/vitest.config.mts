import { unitTestOptions } from "@karya/config/vitest"
import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    ...unitTestOptions,
    include: ["src/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
})

/**
 * Options every vitest project shares. Integration suites that boot Medusa
 * run in forked processes, one file at a time, so each owns its database.
 */
export const integrationTestOptions = {
  globals: true,
  pool: "forks",
  fileParallelism: false,
  testTimeout: 120_000,
  hookTimeout: 300_000,
  reporters: ["default"],
}

export const unitTestOptions = {
  globals: false,
  testTimeout: 10_000,
}

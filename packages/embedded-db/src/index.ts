export { startEmbeddedPostgres, temporaryDataDir } from "./embedded-postgres.js"
export type {
  EmbeddedPostgres,
  EmbeddedPostgresOptions,
} from "./embedded-postgres.js"
export { DevEnvironmentError } from "./errors.js"
export { assertPortFree, findFreePort } from "./ports.js"
export { describeDatabaseUrl, ensureDatabase } from "./database-url.js"

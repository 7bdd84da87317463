import { createRequire } from "node:module"

// Medusa loads medusa-config.ts and src/ with require(); ts-node lets it read TypeScript.
createRequire(import.meta.url)("ts-node").register({ transpileOnly: true })

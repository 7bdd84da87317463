import { createRequire } from "node:module"

// Medusa loads medusa-config.ts and src/ with require(); ts-node lets it read TypeScript.
createRequire(import.meta.url)("ts-node").register({ transpileOnly: true })

// Medusa decides which of its links exist from its feature flags when it first loads
// them; the test runner does that before it reads medusa-config.ts (`medusa start`
// reads the config first), so the translation flag is set here too.
process.env.MEDUSA_FF_TRANSLATION = "true"

import { base, globals } from "@karya/config/eslint"

export default [
  { ignores: [".medusa/**", "static/**", "uploads/**", "node_modules/**"] },
  ...base,
  {
    files: ["src/admin/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["integration-tests/**/*", "**/*.test.ts"],
    languageOptions: { globals: { ...globals.vitest } },
  },
]

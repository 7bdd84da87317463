import js from "@eslint/js"
import globals from "globals"
import tseslint from "typescript-eslint"

/** The lint rules every workspace shares; apps add their framework's own on top. */
export const base = tseslint.config(
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "no-console": ["warn", { allow: ["warn", "error", "info"] }],
    },
  },
)

export default base

export { default as globals } from "globals"

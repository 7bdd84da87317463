import type { Linter } from "eslint"

export declare const base: Linter.Config[]
declare const config: Linter.Config[]
export default config
export { default as globals } from "globals"

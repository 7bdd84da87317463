import { base } from "@karya/config/eslint"

export default base

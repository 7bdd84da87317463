import { base } from "@karya/config/eslint"

// The storefront measurement writes and builds its floor page there.
export default [...base, { ignores: [".floor-app/"] }]

import { model } from "@medusajs/framework/utils"
import { Workshop } from "./workshop"

/**
 * A correctional facility (Rutan / Lapas) that runs workshops. The impact
 * shares split every paid sale of its goods; they are basis points of the
 * line total and always sum to 10 000.
 */
export const Facility = model
  .define("facility", {
    id: model.id({ prefix: "fac" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    city: model.text(),
    province: model.text(),
    // Translatable: the Store API answers it in the buyer's language where translated.
    story: model.text().translatable().nullable(),
    makers_share_bps: model.number().default(5000),
    capital_share_bps: model.number().default(3500),
    state_revenue_share_bps: model.number().default(1500),
    workshops: model.hasMany(() => Workshop, { mappedBy: "facility" }),
  })
  .checks([
    {
      name: "facility_shares_sum_to_whole",
      expression: (columns) =>
        `${columns.makers_share_bps} + ${columns.capital_share_bps} + ${columns.state_revenue_share_bps} = 10000 AND ${columns.makers_share_bps} >= 0 AND ${columns.capital_share_bps} >= 0 AND ${columns.state_revenue_share_bps} >= 0`,
    },
  ])

import { model } from "@medusajs/framework/utils"

export const IMPACT_ENTRY_KINDS = ["sale", "reversal"] as const
export const IMPACT_SOURCES = ["order_paid", "refund", "order_canceled"] as const

/**
 * One line of the append-only impact ledger: the part of an order line made by
 * one workshop (from one batch when known), split by the facility's shares at the
 * moment of sale. A sale is positive; refunds and cancellations add negative
 * reversal entries and never edit a sale. `entry_key` makes replaying the same
 * event write nothing twice.
 */
export const ImpactEntry = model
  .define("impact_entry", {
    id: model.id({ prefix: "imp" }).primaryKey(),
    entry_key: model.text().unique(),
    kind: model.enum([...IMPACT_ENTRY_KINDS]),
    source: model.enum([...IMPACT_SOURCES]),
    source_id: model.text(),
    order_id: model.text().index(),
    line_item_id: model.text(),
    product_id: model.text(),
    variant_id: model.text().nullable(),
    batch_id: model.text().index().nullable(),
    workshop_id: model.text().index(),
    facility_id: model.text().index(),
    currency_code: model.text(),
    quantity: model.number(),
    amount: model.bigNumber(),
    makers_amount: model.bigNumber(),
    capital_amount: model.bigNumber(),
    state_revenue_amount: model.bigNumber(),
    makers_share_bps: model.number(),
    capital_share_bps: model.number(),
    state_revenue_share_bps: model.number(),
    occurred_at: model.dateTime(),
  })
  .checks([
    {
      name: "impact_entry_split_is_whole",
      expression: (columns) =>
        `${columns.makers_amount} + ${columns.capital_amount} + ${columns.state_revenue_amount} = ${columns.amount}`,
    },
  ])

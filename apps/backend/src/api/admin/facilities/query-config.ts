/** What staff see of a facility. */
export const ADMIN_FACILITY_FIELDS = [
  "id",
  "handle",
  "name",
  "city",
  "province",
  "story",
  "makers_share_bps",
  "capital_share_bps",
  "state_revenue_share_bps",
  "stock_location.id",
  "stock_location.name",
  "created_at",
  "updated_at",
]

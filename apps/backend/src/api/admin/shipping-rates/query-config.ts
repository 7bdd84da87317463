/** What staff see of a rate table row. */
export const ADMIN_SHIPPING_RATE_FIELDS = [
  "id",
  "origin_province",
  "destination_province",
  "courier_first_kg",
  "courier_next_kg",
  "freight_per_kg",
  "eta_min_days",
  "eta_max_days",
  "updated_at",
]

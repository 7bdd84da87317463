/** What staff see of a workshop. */
export const ADMIN_WORKSHOP_FIELDS = [
  "id",
  "handle",
  "name",
  "craft_type",
  "story",
  "photo_urls",
  "maker_count",
  "weekly_capacity",
  "training_hours",
  "facility.id",
  "facility.name",
  "created_at",
  "updated_at",
]

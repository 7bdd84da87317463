/** What the public may see of a workshop. */
export const PUBLIC_WORKSHOP_FIELDS = [
  "id",
  "handle",
  "name",
  "craft_type",
  "story",
  "photo_urls",
  "maker_count",
  "training_hours",
  "facility.handle",
  "facility.name",
  "facility.city",
  "facility.province",
]

export const PUBLIC_WORKSHOP_PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "thumbnail",
]

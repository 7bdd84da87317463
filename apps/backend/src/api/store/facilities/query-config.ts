/**
 * What the public may see of a facility and its workshops: the allowlist the
 * privacy test holds every /store response to.
 */
export const PUBLIC_FACILITY_FIELDS = [
  "id",
  "handle",
  "name",
  "city",
  "province",
  "story",
  "workshops.handle",
  "workshops.name",
  "workshops.craft_type",
  "workshops.maker_count",
  "workshops.training_hours",
]

/**
 * Words no field of a public answer and no column of the schema may be made of:
 * an inmate's identity, their case, their body. Matched against whole parts of a
 * name, so "facets" is not a face.
 */
const DENIED_WORDS = [
  "inmate",
  "prisoner",
  "convict",
  "napi",
  "narapidana",
  "tahanan",
  "warga",
  "binaan",
  "criminal",
  "sentence",
  "vonis",
  "putusan",
  "perkara",
  "nik",
  "nama",
  "birth",
  "birthday",
  "birthdate",
  "dob",
  "face",
  "portrait",
  "selfie",
  "mugshot",
  "fingerprint",
  "biometric",
  "religion",
  "agama",
  "worker",
  "artisan",
  "person",
]
// Makers appear only as aggregate figures, and these are they.
const MAKER_FIGURES = new Set([
  "maker_count",
  "makers_share_bps",
  "makers_amount",
  "raw_makers_amount",
])

export function deniedKey(key: string): boolean {
  const parts = key
    .replace(/([a-z])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
  const is = (part: string, word: string) =>
    part === word || part === `${word}s` || part === `${word}es`
  return (
    parts.some((part) => DENIED_WORDS.some((word) => is(part, word))) ||
    (parts.some((part) => is(part, "maker")) && !MAKER_FIGURES.has(key))
  )
}

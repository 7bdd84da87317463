import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Words that would name an inmate's identity in a column: a person behind the
 * bars, their case, their body. Makers exist only as a workshop and counts.
 */
const IDENTITY = [
  "inmate",
  "prisoner",
  "convict",
  "napi",
  "narapidana",
  "tahanan",
  "warga_binaan",
  "criminal",
  "sentence",
  "vonis",
  "putusan",
  "perkara",
  "case_number",
  "fingerprint",
  "biometric",
  "face",
  "mugshot",
  "birth",
  "nik",
  "maker_name",
  "maker_id",
  "worker",
  "artisan",
]

/** A word matches the start of a name's part ("inmates", "birthdate") or a run of parts. */
function matches(column: string): boolean {
  const name = column.split(".")[1]
  const parts = name.split("_")
  return IDENTITY.some((word) =>
    word.includes("_")
      ? name.includes(word)
      : parts.some((part) => part.startsWith(word)),
  )
}

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    it("9. has no column anywhere in the schema that could hold an inmate's identity", async () => {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = (await knex.raw(
        "select table_name || '.' || column_name as name from information_schema.columns where table_schema = 'public'",
      )) as { rows: { name: string }[] }
      const columns = rows.map((row) => row.name)
      // Our modules' tables are there to be scanned.
      expect(columns).toContain("workshop.maker_count")
      expect(columns).toContain("production_batch.code")
      expect(columns.filter(matches)).toEqual([])
    })
  },
})

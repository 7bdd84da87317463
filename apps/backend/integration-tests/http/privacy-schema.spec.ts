import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deniedKey } from "../utils/privacy"

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    it("9. has no column anywhere in the schema that could hold an inmate's identity", async () => {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = (await knex.raw(
        "select table_name, column_name from information_schema.columns where table_schema = 'public'",
      )) as { rows: { table_name: string; column_name: string }[] }
      // Our modules' tables are there to be scanned.
      expect(rows).toContainEqual({ table_name: "workshop", column_name: "maker_count" })
      expect(
        rows
          .filter((row) => deniedKey(row.column_name))
          .map((row) => `${row.table_name}.${row.column_name}`),
      ).toEqual([])
    })
  },
})

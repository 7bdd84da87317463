import { parse } from "csv-parse/sync"
import type { PartnerRow } from "../workflows/wholesale/steps/sort-partner-rows"

export class CsvShapeError extends Error {}

/**
 * Rows of a quick-order CSV: columns `sku` and `quantity` (any order, any case,
 * extra columns ignored), separated by commas or by the semicolons
 * spreadsheets write in Indonesian locales. Row numbers count data rows from 1.
 */
export function parseQuickOrderCsv(text: string, maxRows: number): PartnerRow[] {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? ""
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0)
      ? ";"
      : ","
  let records: string[][]
  try {
    records = parse(text.replace(/^\uFEFF/, ""), {
      delimiter,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    }) as string[][]
  } catch (error) {
    throw new CsvShapeError(
      `csv: the file could not be read (${(error as Error).message})`,
    )
  }
  const [header, ...rows] = records
  const columns = (header ?? []).map((name) => name.toLowerCase())
  const sku = columns.indexOf("sku")
  const quantity = columns.findIndex((name) =>
    ["quantity", "qty", "jumlah"].includes(name),
  )
  if (sku < 0 || quantity < 0) {
    throw new CsvShapeError(
      'csv: the first line must name the columns "sku" and "quantity" (or "jumlah")',
    )
  }
  if (!rows.length) {
    throw new CsvShapeError("csv: the file has no rows below its header")
  }
  if (rows.length > maxRows) {
    throw new CsvShapeError(
      `csv: at most ${maxRows} rows per upload (this file has ${rows.length})`,
    )
  }
  return rows.map((row, index) => ({
    row: index + 1,
    sku: row[sku] ?? null,
    quantity: row[quantity] ?? null,
  }))
}

import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  LEDGER_COLUMNS,
  SALES_COLUMNS,
  exportFilename,
  writeCsv,
} from "../../../lib/ledger-export"
import { ledgerCsvRecords, salesCsvRecords } from "../../../lib/ledger-export-source"
import { IMPACT_MODULE } from "../../../modules/impact"
import type ImpactModuleService from "../../../modules/impact/service"
import type { LedgerPeriod } from "../../../modules/impact/service"
import { retrieveOne } from "../utils/retrieve-one"
import type { AdminExportParamsType } from "./validators"

const REPORTS = {
  ledger: {
    columns: LEDGER_COLUMNS,
    count: (impact: ImpactModuleService, period: LedgerPeriod) =>
      impact.countEntriesInPeriod(period),
    records: ledgerCsvRecords,
  },
  sales: {
    columns: SALES_COLUMNS,
    count: (impact: ImpactModuleService, period: LedgerPeriod) =>
      impact.countDailySalesInPeriod(period),
    records: salesCsvRecords,
  },
}

/**
 * Streams one report of the period as a CSV download. `X-Total-Rows` (the data
 * rows, without the header and TOTAL lines) is counted first so the dashboard
 * can show progress while the file arrives.
 */
export async function sendCsvExport(
  req: MedusaRequest,
  res: MedusaResponse,
  report: keyof typeof REPORTS,
) {
  const period = req.validatedQuery as AdminExportParamsType
  const scope: MedusaContainer = req.scope
  const facility = period.facility_id
    ? await retrieveOne(scope, "facility", "Facility", period.facility_id, ["handle"])
    : undefined
  const { columns, count, records } = REPORTS[report]
  const totalRows = await count(scope.resolve(IMPACT_MODULE), period)
  const filename = exportFilename(
    report,
    facility?.handle as string | undefined,
    period.from,
    period.to,
  )

  res.status(200)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${filename}"`)
  res.setHeader("X-Total-Rows", String(totalRows))
  res.setHeader("Access-Control-Expose-Headers", "Content-Disposition, X-Total-Rows")
  res.setHeader("Cache-Control", "no-store")
  try {
    await writeCsv(columns, records(scope, period), res)
  } catch (error) {
    if (!res.headersSent) throw error
    // Half a file has gone out: the aborted connection tells the client it is incomplete.
    scope
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`CSV export ${report} failed midway: ${(error as Error).message}`)
  }
}

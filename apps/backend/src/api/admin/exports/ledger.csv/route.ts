import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendCsvExport } from "../send-csv-export"

/** Every ledger entry of a period, for a facility's bookkeeping. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await sendCsvExport(req, res, "ledger")
}

import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendCsvExport } from "../send-csv-export"

/** Net sales of a period per day, workshop and product, for a facility's bookkeeping. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await sendCsvExport(req, res, "sales")
}

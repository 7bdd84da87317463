import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveQuoteView } from "../../../../lib/wholesale-views"
import { suggestedLeadTimeDays } from "../../../../workflows/wholesale/steps/quote-steps"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const quote = await retrieveQuoteView(req.scope, req.params.id)
  res.json({
    quote: {
      ...quote,
      suggested_lead_time_days: await suggestedLeadTimeDays(req.scope, quote.id),
    },
  })
}

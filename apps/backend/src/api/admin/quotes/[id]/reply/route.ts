import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveQuoteView } from "../../../../../lib/wholesale-views"
import { WHOLESALE_MODULE } from "../../../../../modules/wholesale"
import type WholesaleModuleService from "../../../../../modules/wholesale/service"
import { answerQuoteWorkflow } from "../../../../../workflows/wholesale/workflows/quotes"
import type { AdminReplyQuoteType } from "../../validators"

export async function POST(
  req: AuthenticatedMedusaRequest<AdminReplyQuoteType>,
  res: MedusaResponse,
) {
  const wholesale: WholesaleModuleService = req.scope.resolve(WHOLESALE_MODULE)
  await retrieveQuoteView(req.scope, req.params.id)
  const quote = await wholesale.retrieveQuote(req.params.id)
  const customer = await req.scope.resolve("customer").retrieveCustomer(quote.customer_id)
  await answerQuoteWorkflow(req.scope).run({
    input: {
      quote_id: req.params.id,
      ...req.validatedBody,
      staff_id: req.auth_context.actor_id,
      partner_email: customer.email,
    },
  })
  res.json({ quote: await retrieveQuoteView(req.scope, req.params.id) })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveQuoteView } from "../../../../../lib/wholesale-views"
import { addQuoteMessageWorkflow } from "../../../../../workflows/wholesale/workflows/quotes"
import type { AdminQuoteMessageType } from "../../validators"

export async function POST(
  req: AuthenticatedMedusaRequest<AdminQuoteMessageType>,
  res: MedusaResponse,
) {
  await retrieveQuoteView(req.scope, req.params.id)
  await addQuoteMessageWorkflow(req.scope).run({
    input: {
      quote_id: req.params.id,
      author: "staff",
      author_id: req.auth_context.actor_id,
      body: req.validatedBody.body,
    },
  })
  res.status(201).json({ quote: await retrieveQuoteView(req.scope, req.params.id) })
}

import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { QUOTE_RELATIONS, quoteView } from "../../../lib/wholesale-views"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"
import type { AdminListQuotesParamsType } from "./validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery as AdminListQuotesParamsType
  const wholesale: WholesaleModuleService = req.scope.resolve(WHOLESALE_MODULE)
  const [quotes, count] = await wholesale.listAndCountQuotes(status ? { status } : {}, {
    skip: offset,
    take: limit,
    relations: QUOTE_RELATIONS,
    // Open requests oldest first: the one waiting longest is answered first.
    order: { created_at: status === "requested" ? "ASC" : "DESC" },
  })
  res.json({ quotes: quotes.map(quoteView), count, limit, offset })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { requireActivePartnerShop } from "../../../../lib/partner-shops"
import { CsvShapeError, parseQuickOrderCsv } from "../../../../lib/quick-order-csv"
import type { PartnerRow } from "../../../../workflows/wholesale/steps/sort-partner-rows"
import { addPartnerRowsToCartWorkflow } from "../../../../workflows/wholesale/workflows/add-partner-rows-to-cart"
import { MAX_QUICK_ORDER_ROWS, type StoreQuickOrderType } from "../validators"

/** Quick order by SKU, from a table or a CSV file: good rows go into the cart, bad rows are reported. */
export async function POST(
  req: AuthenticatedMedusaRequest<StoreQuickOrderType>,
  res: MedusaResponse,
) {
  const customerId = req.auth_context.actor_id
  await requireActivePartnerShop(req.scope, customerId)
  const { cart_id, items, csv } = req.validatedBody
  let rows: PartnerRow[]
  try {
    rows = csv
      ? parseQuickOrderCsv(csv, MAX_QUICK_ORDER_ROWS)
      : items!.map((item, index) => ({
          row: index + 1,
          sku: item.sku,
          quantity: item.quantity,
        }))
  } catch (error) {
    if (error instanceof CsvShapeError) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, error.message)
    }
    throw error
  }
  const { result } = await addPartnerRowsToCartWorkflow(req.scope).run({
    input: { cart_id, customer_id: customerId, rows },
  })
  res.json(result)
}

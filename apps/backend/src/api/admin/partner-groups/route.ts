import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"

/** The customer groups staff can give a partner shop (each may carry partner price lists). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const customers = req.scope.resolve(Modules.CUSTOMER)
  const groups = await customers.listCustomerGroups(
    {},
    { select: ["id", "name"], order: { name: "ASC" }, take: 200 },
  )
  res.json({ customer_groups: groups.map(({ id, name }) => ({ id, name })) })
}

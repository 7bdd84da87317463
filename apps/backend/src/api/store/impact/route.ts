import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { IMPACT_MODULE } from "../../../modules/impact"
import type ImpactModuleService from "../../../modules/impact/service"

type FacilityRow = {
  id: string
  handle: string
  name: string
  city: string
  province: string
  workshops?: { id: string; products?: { status: string }[] | null }[] | null
}

/**
 * Public impact figures, aggregates only: units sold and rupiah to the makers'
 * premi (net of refunds and cancellations), and workshops with goods on sale.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const impact: ImpactModuleService = req.scope.resolve(IMPACT_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [ledger, { data }] = await Promise.all([
    impact.summarizeByFacility(),
    query.graph({
      entity: "facility",
      fields: [
        "id",
        "handle",
        "name",
        "city",
        "province",
        "workshops.id",
        "workshops.products.status",
      ],
      pagination: { order: { name: "ASC" } },
    }),
  ])
  const totalsOf = new Map(ledger.map((row) => [row.facility_id, row]))
  const facilities = (data as FacilityRow[]).map((facility) => {
    const totals = totalsOf.get(facility.id)
    return {
      handle: facility.handle,
      name: facility.name,
      city: facility.city,
      province: facility.province,
      units_sold: totals?.units ?? 0,
      sales_amount: totals?.amount ?? 0,
      makers_amount: totals?.makers_amount ?? 0,
      active_workshops: (facility.workshops ?? []).filter((workshop) =>
        (workshop.products ?? []).some(
          (product) => product.status === ProductStatus.PUBLISHED,
        ),
      ).length,
    }
  })
  const sum = (
    key: "units_sold" | "sales_amount" | "makers_amount" | "active_workshops",
  ) => facilities.reduce((total, facility) => total + facility[key], 0)
  res.json({
    impact: {
      currency_code: "idr",
      units_sold: sum("units_sold"),
      sales_amount: sum("sales_amount"),
      makers_amount: sum("makers_amount"),
      active_workshops: sum("active_workshops"),
      facilities,
    },
  })
}

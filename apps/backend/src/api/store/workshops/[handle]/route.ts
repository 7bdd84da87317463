import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
  ProductStatus,
} from "@medusajs/framework/utils"
import { PUBLIC_WORKSHOP_FIELDS, PUBLIC_WORKSHOP_PRODUCT_FIELDS } from "../query-config"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    {
      entity: "workshop",
      fields: [...PUBLIC_WORKSHOP_FIELDS, "products.id"],
      filters: { handle: req.params.handle },
    },
    { locale: req.locale },
  )
  const workshop = data[0]
  if (!workshop) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Workshop with handle "${req.params.handle}" was not found`,
    )
  }
  const { products: linked, ...publicWorkshop } = workshop as typeof workshop & {
    products?: { id: string }[]
  }
  const productIds = (linked ?? []).map((product: { id: string }) => product.id)
  const { data: products } = productIds.length
    ? await query.graph(
        {
          entity: "product",
          fields: PUBLIC_WORKSHOP_PRODUCT_FIELDS,
          filters: { id: productIds, status: ProductStatus.PUBLISHED },
        },
        { locale: req.locale },
      )
    : { data: [] }
  res.json({ workshop: { ...publicWorkshop, products } })
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** Reads one record by id with the given fields, or answers 404 naming what was missing. */
export async function retrieveOne(
  scope: MedusaContainer,
  entity: string,
  label: string,
  id: string,
  fields: string[],
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields, filters: { id } })
  if (!data[0]) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `${label} with id "${id}" was not found`,
    )
  }
  return data[0]
}

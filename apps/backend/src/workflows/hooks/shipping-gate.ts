import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { addShippingMethodToCartWorkflow } from "@medusajs/medusa/core-flows"

type CartProfiles = {
  items?: {
    variant?: { product?: { shipping_profile?: { id: string } | null } | null } | null
  }[]
}

/**
 * Each shipment is one shipping profile of the cart's goods. An option for
 * goods that are not in the cart would only add a charge, so it is refused.
 * (Medusa itself drops a method whose goods leave the cart.)
 */
addShippingMethodToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: carts }, { data: options }] = await Promise.all([
    query.graph({
      entity: "cart",
      fields: ["items.variant.product.shipping_profile.id"],
      filters: { id: cart.id },
    }),
    query.graph({
      entity: "shipping_option",
      fields: ["id", "shipping_profile_id"],
      filters: { id: input.options.map((option) => option.id) },
    }),
  ])
  const profiles = new Set(
    ((carts[0] as CartProfiles).items ?? []).map(
      (item) => item.variant?.product?.shipping_profile?.id,
    ),
  )
  for (const option of options as { id: string; shipping_profile_id: string }[]) {
    if (!profiles.has(option.shipping_profile_id)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `option_id ${option.id} ships goods that are not in this cart; choose an option from the cart's shipping groups`,
      )
    }
  }
})

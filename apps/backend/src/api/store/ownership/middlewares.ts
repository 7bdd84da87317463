import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

type Customer = { id: string; has_account: boolean } | null | undefined

type Guarded = {
  entity: "cart" | "order" | "payment_collection"
  label: string
  /** The id the request is about; anything but a string is left to validation. */
  idOf: (req: MedusaRequest) => unknown
}

const CART = { entity: "cart", label: "Cart" } as const
const ORDER = { entity: "order", label: "Order" } as const
const PAYMENT_COLLECTION = {
  entity: "payment_collection",
  label: "Payment collection",
} as const

const fromPath = (req: MedusaRequest) => req.params.id
const fromBody = (field: string) => (req: MedusaRequest) =>
  (req.body as Record<string, unknown> | undefined)?.[field]

async function customerOf(
  req: MedusaRequest,
  entity: Guarded["entity"],
  id: string,
): Promise<{ found: boolean; customer: Customer }> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // A payment collection belongs to whoever owns its cart.
  const path = entity === "payment_collection" ? "cart.customer" : "customer"
  const { data } = await query.graph({
    entity,
    fields: ["id", `${path}.id`, `${path}.has_account`],
    filters: { id },
  })
  const row = data[0] as
    | { customer?: Customer; cart?: { customer?: Customer } | null }
    | undefined
  return { found: Boolean(row), customer: row?.customer ?? row?.cart?.customer }
}

/**
 * Medusa's store routes treat a cart or order id as a bearer secret: whoever has
 * it may read and change the cart, read the order with the buyer's name, address
 * and phone, or start a return. A guest has nothing else, and the storefront keeps
 * the id in an http-only cookie. A registered customer signs in instead, so a cart
 * or order of theirs answers to their own session or token only; to anyone else it
 * is as missing as an id that never existed, so existence is not revealed either.
 */
function ownedBy({ entity, label, idOf }: Guarded) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const id = idOf(req)
    if (typeof id !== "string" || !id) {
      return next()
    }
    const { found, customer } = await customerOf(req, entity, id)
    const caller = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
    if (!found || (customer?.has_account && customer.id !== caller)) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `${label} with id '${id}' not found`,
      )
    }
    next()
  }
}

// Without `methods` a matcher also covers every route below it (line items,
// shipping methods, completion, bank-transfer details, transfers, sessions).
export const storeOwnershipMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/carts/:id",
    middlewares: [ownedBy({ ...CART, idOf: fromPath })],
  },
  {
    matcher: "/store/orders/:id",
    middlewares: [ownedBy({ ...ORDER, idOf: fromPath })],
  },
  {
    matcher: "/store/payment-collections",
    methods: ["POST"],
    middlewares: [ownedBy({ ...CART, idOf: fromBody("cart_id") })],
  },
  {
    matcher: "/store/payment-collections/:id",
    middlewares: [ownedBy({ ...PAYMENT_COLLECTION, idOf: fromPath })],
  },
  {
    matcher: "/store/returns",
    methods: ["POST"],
    middlewares: [ownedBy({ ...ORDER, idOf: fromBody("order_id") })],
  },
]

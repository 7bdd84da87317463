/**
 * Checkouts the backend stopped in the middle of. Medusa's cart completion
 * creates the order first, then links it to the cart and the payment
 * collection, reserves the stock and marks the cart completed side by side, and
 * authorizes the payment last; its in-memory workflow engine keeps no
 * checkpoint of those steps. A process that dies on the way leaves an order no
 * payment was ever authorized for: without a cart link the buyer's retry makes a
 * second order, with one the retry answers with an order that was never paid.
 * Every order a finished checkout leaves has a payment (bank transfer, partner
 * invoice and card are all authorized before completion ends), so such an order
 * is exactly what a checkout cut short leaves behind. So is a cart marked
 * completed whose order link was never written: a finished checkout links both.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type InterruptedCheckout = {
  order_id: string
  cart_ids: string[]
  payment_collection_ids: string[]
  line_item_ids: string[]
}

/** Completions run for seconds; an unpaid order older than this was cut short. */
export function interruptedWorkGraceSeconds(env = process.env): number {
  const value = env.INTERRUPTED_WORK_GRACE_SECONDS?.trim()
  const seconds = value ? Number(value) : NaN
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : 300
}

// Orders without any payment that are neither drafts nor cancelled.
const INTERRUPTED_CHECKOUTS_SQL = `
  select o.id as order_id,
    coalesce((select array_agg(oc.cart_id) from order_cart oc
      where oc.order_id = o.id and oc.deleted_at is null), '{}') as cart_ids,
    coalesce((select array_agg(opc.payment_collection_id) from order_payment_collection opc
      where opc.order_id = o.id and opc.deleted_at is null), '{}') as payment_collection_ids,
    coalesce((select array_agg(distinct oi.item_id) from order_item oi
      where oi.order_id = o.id and oi.deleted_at is null), '{}') as line_item_ids
  from "order" o
  where o.deleted_at is null
    and o.is_draft_order = false
    and o.status <> 'canceled'
    and not exists (
      select 1 from order_payment_collection opc
      join payment p on p.payment_collection_id = opc.payment_collection_id
        and p.deleted_at is null
      where opc.order_id = o.id and opc.deleted_at is null
    )
`

export type InterruptedCheckoutScope =
  | { olderThanSeconds: number }
  | { cartId: string }
  | { orderIds: string[] }

/**
 * Unpaid orders made at least `olderThanSeconds` ago (within the last 30 days,
 * which keeps the scan short), or those linked to one cart, or those of the
 * given ids that are still unpaid, whatever their age.
 */
export async function findInterruptedCheckouts(
  container: MedusaContainer,
  scope: InterruptedCheckoutScope,
): Promise<InterruptedCheckout[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  if ("orderIds" in scope && !scope.orderIds.length) {
    return []
  }
  const { rows } =
    "cartId" in scope
      ? await knex.raw(
          `${INTERRUPTED_CHECKOUTS_SQL} and exists (select 1 from order_cart oc
             where oc.order_id = o.id and oc.cart_id = ? and oc.deleted_at is null)`,
          [scope.cartId],
        )
      : "orderIds" in scope
        ? await knex.raw(`${INTERRUPTED_CHECKOUTS_SQL} and o.id = any(?)`, [
            scope.orderIds,
          ])
        : await knex.raw(
            `${INTERRUPTED_CHECKOUTS_SQL}
             and o.created_at < now() - make_interval(secs => ?)
             and o.created_at > now() - interval '30 days'
           order by o.created_at limit 100`,
            [scope.olderThanSeconds],
          )
  return rows as InterruptedCheckout[]
}

/**
 * Carts marked completed without an order, completed at least `olderThanSeconds`
 * ago (within the last 30 days), or those of the given ids whatever their age.
 */
export async function findCompletedCartsWithoutOrder(
  container: MedusaContainer,
  scope: { olderThanSeconds: number } | { cartIds: string[] },
): Promise<string[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  if ("cartIds" in scope && !scope.cartIds.length) {
    return []
  }
  const unlinked = `
    select c.id from cart c
    where c.deleted_at is null and c.completed_at is not null
      and not exists (select 1 from order_cart oc
        where oc.cart_id = c.id and oc.deleted_at is null)`
  const { rows } =
    "cartIds" in scope
      ? await knex.raw(`${unlinked} and c.id = any(?)`, [scope.cartIds])
      : await knex.raw(
          `${unlinked}
             and c.completed_at < now() - make_interval(secs => ?)
             and c.completed_at > now() - interval '30 days'
           order by c.completed_at limit 100`,
          [scope.olderThanSeconds],
        )
  return (rows as { id: string }[]).map((row) => row.id)
}

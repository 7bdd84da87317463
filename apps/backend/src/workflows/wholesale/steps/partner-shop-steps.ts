import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ApprovalPlan } from "./partner-application-steps"
import { wholesaleService } from "./wholesale-service"

/** Creates the shop an approved application describes. */
export const createPartnerShopStep = createStep(
  "create-partner-shop",
  async (
    input: { application: ApprovalPlan["application"]; payment_terms_days: number },
    { container },
  ) => {
    const { application } = input
    const shop = await wholesaleService(container).createPartnerShops({
      business_name: application.business_name,
      npwp: application.npwp,
      contact_name: application.contact_name,
      email: application.email,
      phone: application.phone,
      address_1: application.address_1,
      address_2: application.address_2,
      city: application.city,
      province: application.province,
      postal_code: application.postal_code,
      country_code: application.country_code,
      payment_terms_days: input.payment_terms_days,
    })
    return new StepResponse(shop, shop.id)
  },
  async (id, { container }) => {
    if (id) {
      await wholesaleService(container).deletePartnerShops(id)
    }
  },
)

export type PartnerShopChange = {
  id: string
  payment_terms_days?: number
  status?: "active" | "suspended"
}

/** Changes a shop's terms or status; compensation restores what they were. */
export const updatePartnerShopStep = createStep(
  "update-partner-shop",
  async (change: PartnerShopChange, { container }) => {
    const wholesale = wholesaleService(container)
    const previous = await wholesale.retrievePartnerShop(change.id)
    await wholesale.updatePartnerShops(change)
    return new StepResponse(change.id, {
      id: previous.id,
      payment_terms_days: previous.payment_terms_days,
      status: previous.status,
    })
  },
  async (previous, { container }) => {
    if (previous) {
      await wholesaleService(container).updatePartnerShops(previous)
    }
  },
)

export type GroupMove = {
  shop_id: string
  from_group_id: string | null
  to_group_id: string
  buyer_ids: string[]
  /** Buyers to take out of the old group and to put in the new one. */
  leave: string[]
  join: string[]
}

/** Works out a move of a shop and its buyers to another customer group. */
export const planGroupMoveStep = createStep(
  "plan-partner-group-move",
  async (input: { shop_id: string; customer_group_id?: string }, { container }) => {
    if (!input.customer_group_id) {
      return new StepResponse(null)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: shops }, { data: groups }] = await Promise.all([
      query.graph({
        entity: "partner_shop",
        fields: ["id", "customer_group.id", "customers.id", "customers.groups.id"],
        filters: { id: input.shop_id },
      }),
      query.graph({
        entity: "customer_group",
        fields: ["id"],
        filters: { id: input.customer_group_id },
      }),
    ])
    const shop = shops[0] as
      | {
          id: string
          customer_group?: { id: string } | null
          customers?: { id: string; groups?: { id: string }[] | null }[] | null
        }
      | undefined
    if (!shop) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Partner shop with id "${input.shop_id}" was not found`,
      )
    }
    if (!groups.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `customer_group_id: customer group "${input.customer_group_id}" was not found`,
      )
    }
    const from = shop.customer_group?.id ?? null
    if (from === input.customer_group_id) {
      return new StepResponse(null)
    }
    const buyers = shop.customers ?? []
    const move: GroupMove = {
      shop_id: shop.id,
      from_group_id: from,
      to_group_id: input.customer_group_id,
      buyer_ids: buyers.map((buyer) => buyer.id),
      leave: buyers
        .filter((buyer) => buyer.groups?.some((group) => group.id === from))
        .map((buyer) => buyer.id),
      join: buyers
        .filter((buyer) => !buyer.groups?.some((g) => g.id === input.customer_group_id))
        .map((buyer) => buyer.id),
    }
    return new StepResponse(move)
  },
)

/**
 * Finds the account to add as a buyer: a registered customer with this
 * e-mail that buys for no shop yet.
 */
export const planBuyerAdditionStep = createStep(
  "plan-partner-buyer",
  async (input: { shop_id: string; email: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: shops }, { data: accounts }] = await Promise.all([
      query.graph({
        entity: "partner_shop",
        fields: ["id", "customer_group.id"],
        filters: { id: input.shop_id },
      }),
      query.graph({
        entity: "customer",
        fields: ["id", "groups.id", "partner_shop.id", "partner_shop.business_name"],
        filters: { email: input.email, has_account: true },
      }),
    ])
    const shop = shops[0] as
      | { id: string; customer_group?: { id: string } | null }
      | undefined
    if (!shop) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Partner shop with id "${input.shop_id}" was not found`,
      )
    }
    const account = accounts[0] as
      | {
          id: string
          groups?: { id: string }[] | null
          partner_shop?: { id: string; business_name: string } | null
        }
      | undefined
    if (!account) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `email: no storefront account is registered with ${input.email}; the buyer must register first`,
      )
    }
    if (account.partner_shop) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        account.partner_shop.id === shop.id
          ? `email: ${input.email} is already a buyer of this shop`
          : `email: ${input.email} already buys for "${account.partner_shop.business_name}"`,
      )
    }
    const groupId = shop.customer_group?.id ?? null
    return new StepResponse({
      shop_id: shop.id,
      customer_id: account.id,
      customer_group_id: groupId,
      join_group: Boolean(groupId && !account.groups?.some((g) => g.id === groupId)),
    })
  },
)

/** Takes buyers out of a shop's old customer group and into its new one; compensation reverses it. */
export const moveBuyersBetweenGroupsStep = createStep(
  "move-partner-buyers-between-groups",
  async (move: GroupMove, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const leave = move.from_group_id
      ? move.leave.map((id) => ({
          customer_id: id,
          customer_group_id: move.from_group_id!,
        }))
      : []
    const join = move.join.map((id) => ({
      customer_id: id,
      customer_group_id: move.to_group_id,
    }))
    if (leave.length) {
      await customers.removeCustomerFromGroup(leave)
    }
    if (join.length) {
      await customers.addCustomerToGroup(join)
    }
    return new StepResponse(undefined, { leave, join })
  },
  async (done, { container }) => {
    if (!done) {
      return
    }
    const customers = container.resolve(Modules.CUSTOMER)
    if (done.join.length) {
      await customers.removeCustomerFromGroup(done.join)
    }
    if (done.leave.length) {
      await customers.addCustomerToGroup(done.leave)
    }
  },
)

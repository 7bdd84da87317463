import { Modules } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createRemoteLinkStep,
  dismissRemoteLinkStep,
  linkCustomersToCustomerGroupStep,
} from "@medusajs/medusa/core-flows"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import {
  moveBuyersBetweenGroupsStep,
  planBuyerAdditionStep,
  planGroupMoveStep,
  updatePartnerShopStep,
  type PartnerShopChange,
} from "../steps/partner-shop-steps"

/**
 * Changes a shop's payment terms or status, or moves it and its buyers to
 * another customer group (and so to that group's prices).
 */
export const updatePartnerShopWorkflow = createWorkflow(
  "update-partner-shop",
  (input: PartnerShopChange & { customer_group_id?: string }) => {
    const change = transform({ input }, ({ input }) => ({
      id: input.id,
      payment_terms_days: input.payment_terms_days,
      status: input.status,
    }))
    updatePartnerShopStep(change)
    const move = planGroupMoveStep({
      shop_id: input.id,
      customer_group_id: input.customer_group_id,
    })
    when({ move }, ({ move }) => Boolean(move)).then(() => {
      const oldLink = transform({ move }, ({ move }) =>
        move!.from_group_id
          ? [
              {
                [WHOLESALE_MODULE]: { partner_shop_id: move!.shop_id },
                [Modules.CUSTOMER]: { customer_group_id: move!.from_group_id },
              },
            ]
          : [],
      )
      dismissRemoteLinkStep(oldLink)
      const newLink = transform({ move }, ({ move }) => [
        {
          [WHOLESALE_MODULE]: { partner_shop_id: move!.shop_id },
          [Modules.CUSTOMER]: { customer_group_id: move!.to_group_id },
        },
      ])
      createRemoteLinkStep(newLink)
      const groupMove = transform({ move }, ({ move }) => move!)
      moveBuyersBetweenGroupsStep(groupMove)
    })
    return new WorkflowResponse(input.id)
  },
)

/** Adds a registered account as a buyer of a shop, in the shop's customer group. */
export const addPartnerBuyerWorkflow = createWorkflow(
  "add-partner-buyer",
  (input: { shop_id: string; email: string }) => {
    const plan = planBuyerAdditionStep(input)
    const link = transform({ plan }, ({ plan }) => [
      {
        [WHOLESALE_MODULE]: { partner_shop_id: plan.shop_id },
        [Modules.CUSTOMER]: { customer_id: plan.customer_id },
      },
    ])
    createRemoteLinkStep(link)
    when({ plan }, ({ plan }) => plan.join_group).then(() => {
      const join = transform({ plan }, ({ plan }) => ({
        id: plan.customer_group_id!,
        add: [plan.customer_id],
      }))
      linkCustomersToCustomerGroupStep(join)
    })
    return new WorkflowResponse(plan)
  },
)

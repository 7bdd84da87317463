import { Modules } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createRemoteLinkStep,
  linkCustomersToCustomerGroupStep,
  releaseLockStep,
  sendNotificationsStep,
} from "@medusajs/medusa/core-flows"
import { storefrontUrl } from "../../../lib/runtime-env"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import {
  createPartnerApplicationStep,
  planApprovalStep,
  reviewPartnerApplicationStep,
  type PartnerApplicationData,
} from "../steps/partner-application-steps"
import { createPartnerShopStep } from "../steps/partner-shop-steps"

/** Records a shop's application and tells staff in the admin feed. */
export const submitPartnerApplicationWorkflow = createWorkflow(
  "submit-partner-application",
  (input: PartnerApplicationData) => {
    const application = createPartnerApplicationStep(input)
    const notifications = transform({ application }, ({ application }) => [
      {
        to: "",
        channel: "feed",
        template: "admin-ui",
        data: {
          title: "Pengajuan mitra baru",
          description: `${application.business_name} (${application.city}) mengajukan akun grosir`,
        },
      },
    ])
    sendNotificationsStep(notifications)
    return new WorkflowResponse(application)
  },
)

export type ApprovePartnerApplicationInput = {
  application_id: string
  customer_group_id?: string
  payment_terms_days: number
  reviewed_by?: string | null
}

/**
 * Approves an application: creates the partner shop, makes the applicant's
 * accounts its buyers, puts them in the partner customer group (which gives
 * them the partner prices) and tells the applicant by e-mail.
 */
export const approvePartnerApplicationWorkflow = createWorkflow(
  "approve-partner-application",
  (input: ApprovePartnerApplicationInput) => {
    // Held while deciding, so two staff acting at once decide it once.
    acquireLockStep({ key: input.application_id, timeout: 15, ttl: 120 })
    const plan = planApprovalStep({
      application_id: input.application_id,
      customer_group_id: input.customer_group_id,
    })
    const shopInput = transform({ plan, input }, ({ plan, input }) => ({
      application: plan.application,
      payment_terms_days: input.payment_terms_days,
    }))
    const shop = createPartnerShopStep(shopInput)
    const links = transform({ plan, shop }, ({ plan, shop }) => [
      {
        [WHOLESALE_MODULE]: { partner_shop_id: shop.id },
        [Modules.CUSTOMER]: { customer_group_id: plan.customer_group_id },
      },
      ...plan.buyer_ids.map((customerId) => ({
        [WHOLESALE_MODULE]: { partner_shop_id: shop.id },
        [Modules.CUSTOMER]: { customer_id: customerId },
      })),
    ])
    createRemoteLinkStep(links)
    const groupChange = transform({ plan }, ({ plan }) => ({
      id: plan.customer_group_id,
      add: plan.group_additions,
    }))
    linkCustomersToCustomerGroupStep(groupChange)
    const review = transform({ input, shop }, ({ input, shop }) => ({
      id: input.application_id,
      status: "approved" as const,
      reviewed_by: input.reviewed_by,
      partner_shop_id: shop.id,
    }))
    const application = reviewPartnerApplicationStep(review)
    const notifications = transform({ plan }, ({ plan }) => [
      {
        to: plan.application.email,
        channel: "email",
        template: "partner-application-approved",
        trigger_type: "partner_application.approved",
        resource_id: plan.application.id,
        resource_type: "partner_application",
        idempotency_key: `partner-application-approved-${plan.application.id}`,
        data: {
          business_name: plan.application.business_name,
          has_account: plan.buyer_ids.length > 0,
          partner_area_url: `${storefrontUrl()}/akun/mitra`,
          register_url: `${storefrontUrl()}/akun/daftar`,
        },
      },
    ])
    sendNotificationsStep(notifications)
    releaseLockStep({ key: input.application_id })
    return new WorkflowResponse({ application, partner_shop: shop })
  },
)

/** Rejects an application with the reason the applicant is told. */
export const rejectPartnerApplicationWorkflow = createWorkflow(
  "reject-partner-application",
  (input: { application_id: string; reason: string; reviewed_by?: string | null }) => {
    // Held while deciding, so two staff acting at once decide it once.
    acquireLockStep({ key: input.application_id, timeout: 15, ttl: 120 })
    const review = transform({ input }, ({ input }) => ({
      id: input.application_id,
      status: "rejected" as const,
      rejection_reason: input.reason,
      reviewed_by: input.reviewed_by,
    }))
    const application = reviewPartnerApplicationStep(review)
    const notifications = transform({ application }, ({ application }) => [
      {
        to: application.email,
        channel: "email",
        template: "partner-application-rejected",
        trigger_type: "partner_application.rejected",
        resource_id: application.id,
        resource_type: "partner_application",
        idempotency_key: `partner-application-rejected-${application.id}`,
        data: {
          business_name: application.business_name,
          reason: application.rejection_reason,
        },
      },
    ])
    sendNotificationsStep(notifications)
    releaseLockStep({ key: input.application_id })
    return new WorkflowResponse(application)
  },
)

import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { wholesaleService } from "./wholesale-service"

export type PartnerApplicationData = {
  business_name: string
  npwp: string
  contact_name: string
  email: string
  phone: string
  address_1: string
  address_2?: string | null
  city: string
  province: string
  postal_code: string
  country_code: string
  expected_monthly_volume: number
  notes?: string | null
  customer_id?: string | null
}

/** The name of the customer group new partner shops join unless staff pick another. */
export const DEFAULT_PARTNER_GROUP_NAME = "Mitra Grosir"

/** Records an application, unless the NPWP already has a shop or an application under review. */
export const createPartnerApplicationStep = createStep(
  "create-partner-application",
  async (data: PartnerApplicationData, { container }) => {
    const wholesale = wholesaleService(container)
    const [shops, pending] = await Promise.all([
      wholesale.listPartnerShops({ npwp: data.npwp }, { take: 1 }),
      wholesale.listPartnerApplications(
        { npwp: data.npwp, status: "pending" },
        { take: 1 },
      ),
    ])
    if (shops.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "npwp: a partner shop with this NPWP already exists; ask it to add your account as a buyer",
      )
    }
    if (pending.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "npwp: an application for this NPWP is already being reviewed",
      )
    }
    const application = await wholesale.createPartnerApplications(data)
    return new StepResponse(application, application.id)
  },
  async (id, { container }) => {
    if (id) {
      await wholesaleService(container).deletePartnerApplications(id)
    }
  },
)

export type ApprovalPlan = {
  application: {
    id: string
    business_name: string
    npwp: string
    contact_name: string
    email: string
    phone: string
    address_1: string
    address_2: string | null
    city: string
    province: string
    postal_code: string
    country_code: string
  }
  customer_group_id: string
  /** Accounts that become the shop's buyers. */
  buyer_ids: string[]
  /** The buyers not yet in the customer group. */
  group_additions: string[]
}

/**
 * Checks an application can be approved and works out what approval does: the
 * customer group (the one staff chose, else the default partner group) and the
 * buyer accounts (the account that applied and any account with the
 * application's e-mail, unless it already buys for another shop).
 */
export const planApprovalStep = createStep(
  "plan-partner-approval",
  async (
    input: { application_id: string; customer_group_id?: string },
    { container },
  ) => {
    const wholesale = wholesaleService(container)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [application] = await wholesale.listPartnerApplications(
      { id: input.application_id },
      { take: 1 },
    )
    if (!application) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Partner application with id "${input.application_id}" was not found`,
      )
    }
    if (application.status !== "pending") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `status: this application is already ${application.status}`,
      )
    }
    const [existing] = await wholesale.listPartnerShops(
      { npwp: application.npwp },
      { take: 1 },
    )
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `npwp: partner shop "${existing.business_name}" already has this NPWP; add the applicant to it as a buyer instead`,
      )
    }
    const { data: groups } = await query.graph({
      entity: "customer_group",
      fields: ["id", "name", "customers.id"],
      filters: input.customer_group_id
        ? { id: input.customer_group_id }
        : { name: DEFAULT_PARTNER_GROUP_NAME },
    })
    const group = groups[0] as
      | { id: string; customers?: { id: string }[] | null }
      | undefined
    if (!group) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        input.customer_group_id
          ? `customer_group_id: customer group "${input.customer_group_id}" was not found`
          : `customer_group_id: there is no "${DEFAULT_PARTNER_GROUP_NAME}" customer group; choose the group whose price lists the shop gets`,
      )
    }
    // Only the account that sent the application: registering with an e-mail does
    // not prove owning it, so other accounts join the shop when staff add them.
    const { data: accounts } = application.customer_id
      ? await query.graph({
          entity: "customer",
          fields: ["id", "has_account", "partner_shop.id"],
          filters: { id: application.customer_id },
        })
      : { data: [] }
    const buyerIds = (accounts as { id: string; partner_shop?: { id: string } | null }[])
      .filter((account) => !account.partner_shop)
      .map((account) => account.id)
    const inGroup = new Set((group.customers ?? []).map((customer) => customer.id))
    const plan: ApprovalPlan = {
      application,
      customer_group_id: group.id,
      buyer_ids: buyerIds,
      group_additions: buyerIds.filter((id) => !inGroup.has(id)),
    }
    return new StepResponse(plan)
  },
)

type Review = {
  id: string
  status: "approved" | "rejected"
  rejection_reason?: string | null
  reviewed_by?: string | null
  partner_shop_id?: string | null
}

/** Marks an application approved or rejected; compensation puts it back under review. */
export const reviewPartnerApplicationStep = createStep(
  "review-partner-application",
  async (review: Review, { container }) => {
    const wholesale = wholesaleService(container)
    const previous = await wholesale.retrievePartnerApplication(review.id)
    if (previous.status !== "pending") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `status: this application is already ${previous.status}`,
      )
    }
    const updated = await wholesale.updatePartnerApplications({
      id: review.id,
      status: review.status,
      rejection_reason: review.rejection_reason ?? null,
      reviewed_by: review.reviewed_by ?? null,
      reviewed_at: new Date(),
      partner_shop_id: review.partner_shop_id ?? null,
    })
    return new StepResponse(updated, review.id)
  },
  async (id, { container }) => {
    if (id) {
      await wholesaleService(container).updatePartnerApplications({
        id,
        status: "pending",
        rejection_reason: null,
        reviewed_by: null,
        reviewed_at: null,
        partner_shop_id: null,
      })
    }
  },
)

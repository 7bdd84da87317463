/**
 * The demo wholesale channel (see seed-data/wholesale.ts). The partner shop is
 * made the way staff make one: its buyer registers, applies, and the
 * application is approved. Idempotent like the rest of the seed.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createCustomerAccountWorkflow,
  createCustomerGroupsWorkflow,
  createPriceListsWorkflow,
} from "@medusajs/medusa/core-flows"
import { PROVENANCE_MODULE } from "../modules/provenance"
import type ProvenanceModuleService from "../modules/provenance/service"
import { WHOLESALE_MODULE } from "../modules/wholesale"
import type WholesaleModuleService from "../modules/wholesale/service"
import { setMinimumOrderQuantityWorkflow } from "../workflows/wholesale/workflows/minimum-order-quantities"
import {
  approvePartnerApplicationWorkflow,
  submitPartnerApplicationWorkflow,
} from "../workflows/wholesale/workflows/partner-applications"
import {
  DEMO_PARTNER_SHOP,
  DEMO_PENDING_APPLICATION,
  demoPartnerBuyer,
  MINIMUM_ORDER_QUANTITIES,
  PARTNER_GROUP_NAME,
  PARTNER_PRICE_LIST_TITLE,
  PARTNER_TIERS,
  WEEKLY_CAPACITIES,
} from "./seed-data"

type Log = (message: string) => void

async function ensurePartnerGroup(container: MedusaContainer, log: Log): Promise<string> {
  const customers = container.resolve(Modules.CUSTOMER)
  const [existing] = await customers.listCustomerGroups({ name: PARTNER_GROUP_NAME })
  if (existing) {
    return existing.id
  }
  const { result } = await createCustomerGroupsWorkflow(container).run({
    input: { customersData: [{ name: PARTNER_GROUP_NAME }] },
  })
  log(`Created customer group ${PARTNER_GROUP_NAME}`)
  return result[0].id
}

async function ensurePartnerPriceList(
  container: MedusaContainer,
  groupId: string,
  log: Log,
): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({
    entity: "price_list",
    fields: ["id"],
    filters: { title: PARTNER_PRICE_LIST_TITLE },
  })
  if (existing.length) {
    return
  }
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku"],
    filters: { sku: Object.keys(PARTNER_TIERS) },
  })
  const prices = (variants as { id: string; sku: string }[]).flatMap((variant) =>
    PARTNER_TIERS[variant.sku].map((tier) => ({
      variant_id: variant.id,
      currency_code: "idr",
      amount: tier.amount,
      min_quantity: tier.min_quantity,
      max_quantity: tier.max_quantity,
    })),
  )
  await createPriceListsWorkflow(container).run({
    input: {
      price_lists_data: [
        {
          title: PARTNER_PRICE_LIST_TITLE,
          description: "Harga grosir berjenjang untuk toko mitra",
          status: "active",
          rules: { "customer.groups.id": [groupId] },
          prices,
        },
      ],
    },
  })
  log(`Created price list ${PARTNER_PRICE_LIST_TITLE} with ${prices.length} tier prices`)
}

async function ensureMinimumsAndCapacities(container: MedusaContainer): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
  const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle"],
    filters: { handle: Object.keys(MINIMUM_ORDER_QUANTITIES) },
  })
  const existing = await wholesale.listMinimumOrderQuantities({
    product_id: products.map((product) => product.id),
  })
  for (const product of products as { id: string; handle: string }[]) {
    if (!existing.some((row) => row.product_id === product.id)) {
      await setMinimumOrderQuantityWorkflow(container).run({
        input: {
          product_id: product.id,
          quantity: MINIMUM_ORDER_QUANTITIES[product.handle],
        },
      })
    }
  }
  const workshops = await provenance.listWorkshops({
    handle: Object.keys(WEEKLY_CAPACITIES),
    weekly_capacity: null,
  })
  for (const workshop of workshops) {
    await provenance.updateWorkshops({
      id: workshop.id,
      weekly_capacity: WEEKLY_CAPACITIES[workshop.handle],
    })
  }
}

async function ensurePartnerBuyer(container: MedusaContainer, log: Log): Promise<string> {
  const { email, password } = demoPartnerBuyer()
  const customers = container.resolve(Modules.CUSTOMER)
  const [existing] = await customers.listCustomers({ email, has_account: true })
  if (existing) {
    return existing.id
  }
  const auth = container.resolve(Modules.AUTH)
  const registered = await auth.register("emailpass", { body: { email, password } })
  if (!registered.success || !registered.authIdentity) {
    throw new Error(`Could not register partner buyer ${email}: ${registered.error}`)
  }
  const { result } = await createCustomerAccountWorkflow(container).run({
    input: {
      authIdentityId: registered.authIdentity.id,
      customerData: {
        email,
        first_name: "Sari",
        last_name: "Mitra",
        phone: "081234567890",
      },
    },
  })
  log(`Created partner buyer account ${email}`)
  return result.id
}

export async function ensureWholesale(
  container: MedusaContainer,
  log: Log,
): Promise<void> {
  const groupId = await ensurePartnerGroup(container, log)
  await ensurePartnerPriceList(container, groupId, log)
  await ensureMinimumsAndCapacities(container)

  const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
  const [shop] = await wholesale.listPartnerShops({ npwp: DEMO_PARTNER_SHOP.npwp })
  if (!shop) {
    const buyerId = await ensurePartnerBuyer(container, log)
    const { payment_terms_days, ...application } = DEMO_PARTNER_SHOP
    const { result } = await submitPartnerApplicationWorkflow(container).run({
      input: { ...application, email: demoPartnerBuyer().email, customer_id: buyerId },
    })
    await approvePartnerApplicationWorkflow(container).run({
      input: {
        application_id: result.id,
        customer_group_id: groupId,
        payment_terms_days,
      },
    })
    log(`Approved partner shop ${DEMO_PARTNER_SHOP.business_name}`)
  }
  const pending = await wholesale.listPartnerApplications({
    npwp: DEMO_PENDING_APPLICATION.npwp,
  })
  if (!pending.length) {
    await submitPartnerApplicationWorkflow(container).run({
      input: DEMO_PENDING_APPLICATION,
    })
    log(`Received partner application from ${DEMO_PENDING_APPLICATION.business_name}`)
  }
}

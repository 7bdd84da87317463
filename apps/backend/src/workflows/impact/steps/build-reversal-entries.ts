import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { IMPACT_MODULE } from "../../../modules/impact"
import type ImpactModuleService from "../../../modules/impact/service"
import type { OrderLineBalance } from "../../../modules/impact/service"
import { allocateRefund, splitByShares } from "../../../modules/impact/split"
import type { ImpactEntryData } from "./create-impact-entries"

function reversalOf(
  balance: OrderLineBalance,
  orderId: string,
  source: "refund" | "order_canceled",
  sourceId: string,
  reversed: {
    quantity: number
    amount: number
    makers: number
    capital: number
    state: number
  },
  occurredAt: Date,
): ImpactEntryData {
  return {
    entry_key: `${source}:${sourceId}:${balance.line_item_id}:${balance.batch_id ?? "none"}`,
    kind: "reversal",
    source,
    source_id: sourceId,
    order_id: orderId,
    line_item_id: balance.line_item_id,
    product_id: balance.product_id,
    variant_id: balance.variant_id,
    batch_id: balance.batch_id,
    workshop_id: balance.workshop_id,
    facility_id: balance.facility_id,
    currency_code: balance.currency_code,
    quantity: -reversed.quantity,
    amount: -reversed.amount,
    makers_amount: -reversed.makers,
    capital_amount: -reversed.capital,
    state_revenue_amount: -reversed.state,
    makers_share_bps: balance.makers_share_bps,
    capital_share_bps: balance.capital_share_bps,
    state_revenue_share_bps: balance.state_revenue_share_bps,
    occurred_at: occurredAt,
  }
}

/** A canceled order gives back everything still on its ledger, part by part. */
export const buildCancellationEntriesStep = createStep(
  "build-cancellation-entries",
  async ({ order_id }: { order_id: string }, { container }) => {
    const impact: ImpactModuleService = container.resolve(IMPACT_MODULE)
    const balances = await impact.balancesOfOrder(order_id)
    const occurredAt = new Date()
    return new StepResponse(
      balances
        .filter((balance) => balance.amount !== 0 || balance.units !== 0)
        .map((balance) =>
          reversalOf(
            balance,
            order_id,
            "order_canceled",
            order_id,
            {
              quantity: balance.units,
              amount: balance.amount,
              makers: balance.makers_amount,
              capital: balance.capital_amount,
              state: balance.state_revenue_amount,
            },
            occurredAt,
          ),
        ),
    )
  },
)

type PaymentRow = {
  id: string
  payment_collection?: { order?: { id: string } | null } | null
  refunds?: { id: string; amount: BigNumberInput }[] | null
}

/**
 * Each refund of a payment not yet on the ledger is taken back from the order's
 * lines in proportion to what each still holds, split by the shares it was sold
 * under. Units count as returned only when a line's whole amount is refunded.
 * A refund larger than the goods (shipping) reverses at most what the ledger holds.
 */
export const buildRefundEntriesStep = createStep(
  "build-refund-entries",
  async ({ payment_id }: { payment_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "payment",
      fields: ["id", "refunds.id", "refunds.amount", "payment_collection.order.id"],
      filters: { id: payment_id },
    })
    const payment = data[0] as PaymentRow | undefined
    const orderId = payment?.payment_collection?.order?.id
    if (!payment || !orderId || !payment.refunds?.length) {
      return new StepResponse<ImpactEntryData[]>([])
    }

    const impact: ImpactModuleService = container.resolve(IMPACT_MODULE)
    const recorded = await impact.listImpactEntries(
      { source: "refund", source_id: payment.refunds.map((refund) => refund.id) },
      { select: ["source_id"] },
    )
    const done = new Set(recorded.map((entry) => entry.source_id))
    let balances = (await impact.balancesOfOrder(orderId)).filter(
      (balance) => balance.amount > 0,
    )
    const occurredAt = new Date()
    const entries: ImpactEntryData[] = []
    for (const refund of payment.refunds.filter((refund) => !done.has(refund.id))) {
      const shares = allocateRefund(
        MathBN.convert(refund.amount).toNumber(),
        balances.map((balance) => balance.amount),
      )
      balances = balances.map((balance, index) => {
        const amount = shares[index]
        if (!amount) {
          return balance
        }
        const whole = amount === balance.amount
        const split = whole
          ? {
              makers: balance.makers_amount,
              capital: balance.capital_amount,
              state_revenue: balance.state_revenue_amount,
            }
          : splitByShares(amount, {
              makers_bps: balance.makers_share_bps,
              capital_bps: balance.capital_share_bps,
              state_revenue_bps: balance.state_revenue_share_bps,
            })
        const reversed = {
          quantity: whole ? balance.units : 0,
          amount,
          makers: split.makers,
          capital: split.capital,
          state: split.state_revenue,
        }
        entries.push(
          reversalOf(balance, orderId, "refund", refund.id, reversed, occurredAt),
        )
        return {
          ...balance,
          units: balance.units - reversed.quantity,
          amount: balance.amount - amount,
          makers_amount: balance.makers_amount - split.makers,
          capital_amount: balance.capital_amount - split.capital,
          state_revenue_amount: balance.state_revenue_amount - split.state_revenue,
        }
      })
    }
    return new StepResponse(entries)
  },
)

import { partnerStatusOrNone } from "@/lib/data/partner"

import { PartnerMessages } from "./partner-messages"
import { ReorderForm } from "./reorder-form"

/** "Order again" on an order's page, for buyers of an active partner shop only. */
export async function ReorderButton({ orderId }: { orderId: string }) {
  const { partner_shop: shop } = await partnerStatusOrNone()
  if (shop?.status !== "active") {
    return null
  }
  return (
    <PartnerMessages sections={["reorder", "rowResult"]}>
      <ReorderForm orderId={orderId} />
    </PartnerMessages>
  )
}

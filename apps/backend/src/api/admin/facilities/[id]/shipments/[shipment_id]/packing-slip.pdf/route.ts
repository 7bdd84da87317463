import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveFacilityShipment } from "../../../../../../../lib/facility-shipments"
import { packingSlipPdf } from "../../../../../../../lib/packing-slip"

/** The slip staff print and put in the parcel: what to pack, for whom, no prices. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { shipment, shipping } = await retrieveFacilityShipment(
    req.scope,
    req.params.id,
    req.params.shipment_id,
  )
  const pdf = await packingSlipPdf({
    facility: { name: shipping.facility_name, address: shipping.address },
    order: { display_id: shipment.display_id, placed_at: new Date(shipment.placed_at) },
    delivery: shipment.delivery,
    shipping_method: shipment.shipping_method,
    recipient: {
      name: shipment.recipient.name,
      phone: shipment.recipient.phone,
      address_lines: shipment.recipient.address_lines,
    },
    items: shipment.items,
    printed_at: new Date(),
  })
  res.setHeader("content-type", "application/pdf")
  res.setHeader(
    "content-disposition",
    `inline; filename="slip-pesanan-${shipment.display_id}.pdf"`,
  )
  res.setHeader("cache-control", "no-store")
  res.send(Buffer.from(pdf))
}

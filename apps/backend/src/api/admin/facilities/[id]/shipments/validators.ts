import { z } from "@medusajs/framework/zod"
import { SHIPMENT_BUCKETS } from "../../../../../lib/facility-shipments"

export const AdminListShipmentsParams = z
  .object({
    status: z.enum(SHIPMENT_BUCKETS).default("open"),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

/** Letters, digits and dashes, as Indonesian couriers print their waybill numbers. */
const TRACKING_NUMBER = /^[A-Za-z0-9-]{6,40}$/

export const AdminShipShipment = z
  .object({
    courier: z.string().trim().min(2, "courier: name the courier").max(60),
    tracking_number: z
      .string()
      .trim()
      .regex(
        TRACKING_NUMBER,
        "tracking_number: 6 to 40 letters, digits or dashes, as on the waybill",
      ),
    tracking_url: z
      .string()
      .trim()
      .url("tracking_url: give a full http(s) address")
      .refine((url) => /^https?:\/\//.test(url), "tracking_url: use http or https")
      .optional(),
  })
  .strict()

export const AdminShipmentStep = z.object({}).strict()

export type AdminListShipmentsParamsType = z.infer<typeof AdminListShipmentsParams>
export type AdminShipShipmentType = z.infer<typeof AdminShipShipment>

import { z } from "@medusajs/framework/zod"

export const StoreOrderLookup = z
  .object({
    // zod's own message for a malformed e-mail leaves out the field name.
    email: z.string().trim().email("Field 'email' must be an e-mail address"),
    // Order numbers start at 1; min(1) makes Medusa's message say so.
    display_id: z.number().int().min(1),
  })
  .strict()

export type StoreOrderLookupType = z.infer<typeof StoreOrderLookup>

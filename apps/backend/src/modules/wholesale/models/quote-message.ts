import { model } from "@medusajs/framework/utils"
import { Quote } from "./quote"

export const QUOTE_MESSAGE_AUTHORS = ["partner", "staff"] as const

/** A message in a quote's thread between the partner and staff. */
export const QuoteMessage = model.define("quote_message", {
  id: model.id({ prefix: "quomsg" }).primaryKey(),
  author: model.enum([...QUOTE_MESSAGE_AUTHORS]),
  // The customer or staff user who wrote it; never shown to the other side.
  author_id: model.text(),
  body: model.text(),
  quote: model.belongsTo(() => Quote, { mappedBy: "messages" }),
})

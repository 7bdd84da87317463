import { model } from "@medusajs/framework/utils"

/**
 * A webhook event accepted once. The unique provider + event id pair lets the
 * insert itself decide which of two concurrent deliveries goes through.
 */
export const ProcessedWebhookEvent = model
  .define("processed_webhook_event", {
    id: model.id({ prefix: "pwhe" }).primaryKey(),
    provider: model.text(),
    event_id: model.text(),
    event_type: model.text(),
    received_at: model.dateTime(),
  })
  .indexes([{ on: ["provider", "event_id"], unique: true }])

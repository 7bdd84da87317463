import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { ProcessedWebhookEvent } from "./models/processed-webhook-event"

type WebhookEvent = { provider: string; event_id: string; event_type: string }

export default class PaymentWebhooksModuleService extends MedusaService({
  ProcessedWebhookEvent,
}) {
  /**
   * Records an event the first time it is seen and answers whether this call
   * was that first time. One insert decides, so two concurrent deliveries of
   * the same event cannot both be told they are first.
   */
  @InjectManager()
  async recordFirstDelivery(
    event: WebhookEvent,
    @MedusaContext() context: Context<EntityManager> = {},
  ): Promise<boolean> {
    const rows: { id: string }[] = await context.manager!.execute(
      `insert into processed_webhook_event
         (id, provider, event_id, event_type, received_at, created_at, updated_at)
       values (?, ?, ?, ?, now(), now(), now())
       on conflict do nothing
       returning id`,
      [
        generateEntityId(undefined, "pwhe"),
        event.provider,
        event.event_id,
        event.event_type,
      ],
    )
    return rows.length > 0
  }

  /** Forgets an event that could not be handed on, so the provider's retry is accepted. */
  @InjectManager()
  async forgetDelivery(
    event: Omit<WebhookEvent, "event_type">,
    @MedusaContext() context: Context<EntityManager> = {},
  ): Promise<void> {
    await context.manager!.execute(
      `delete from processed_webhook_event where provider = ? and event_id = ?`,
      [event.provider, event.event_id],
    )
  }
}

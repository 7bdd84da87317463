import { model } from "@medusajs/framework/utils"

/**
 * One change staff made to provenance, quality, stock or ledger data: who,
 * when, which route and record. Append-only (see the migration's trigger).
 */
export const AuditEntry = model
  .define("audit_entry", {
    id: model.id({ prefix: "aud" }).primaryKey(),
    actor_id: model.text(),
    actor_email: model.text().nullable(),
    method: model.text(),
    path: model.text(),
    resource_type: model.text(),
    resource_id: model.text().nullable(),
    facility_id: model.text().nullable(),
    status_code: model.number(),
    changes: model.json().nullable(),
  })
  .indexes([{ on: ["created_at"] }, { on: ["resource_type", "resource_id"] }])

import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129205651 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "impact_entry" drop constraint if exists "impact_entry_entry_key_unique";`,
    )
    this.addSql(
      `create table if not exists "impact_entry" ("id" text not null, "entry_key" text not null, "kind" text check ("kind" in ('sale', 'reversal')) not null, "source" text check ("source" in ('order_paid', 'refund', 'order_canceled')) not null, "source_id" text not null, "order_id" text not null, "line_item_id" text not null, "product_id" text not null, "variant_id" text null, "batch_id" text null, "workshop_id" text not null, "facility_id" text not null, "currency_code" text not null, "quantity" integer not null, "amount" numeric not null, "makers_amount" numeric not null, "capital_amount" numeric not null, "state_revenue_amount" numeric not null, "makers_share_bps" integer not null, "capital_share_bps" integer not null, "state_revenue_share_bps" integer not null, "occurred_at" timestamptz not null, "raw_amount" jsonb not null, "raw_makers_amount" jsonb not null, "raw_capital_amount" jsonb not null, "raw_state_revenue_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "impact_entry_pkey" primary key ("id"), constraint impact_entry_split_is_whole check (makers_amount + capital_amount + state_revenue_amount = amount));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_impact_entry_entry_key_unique" ON "impact_entry" ("entry_key") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_impact_entry_order_id" ON "impact_entry" ("order_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_impact_entry_batch_id" ON "impact_entry" ("batch_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_impact_entry_workshop_id" ON "impact_entry" ("workshop_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_impact_entry_facility_id" ON "impact_entry" ("facility_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_impact_entry_deleted_at" ON "impact_entry" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    // The ledger is append-only: corrections are reversal entries, never edits.
    this.addSql(
      `create or replace function impact_entry_refuse_update() returns trigger language plpgsql as $$ begin raise exception 'impact ledger entries are append-only; write a reversal entry instead'; end; $$;`,
    )
    this.addSql(`drop trigger if exists impact_entry_append_only on "impact_entry";`)
    this.addSql(
      `create trigger impact_entry_append_only before update on "impact_entry" for each row execute function impact_entry_refuse_update();`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists impact_entry_refuse_update() cascade;`)
    this.addSql(`drop table if exists "impact_entry" cascade;`)
  }
}

import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129233051 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "shipping_rate" drop constraint if exists "shipping_rate_origin_province_destination_province_unique";`,
    )
    this.addSql(
      `create table if not exists "shipping_policy" ("id" text not null, "free_shipping_threshold" integer not null, "heavy_item_weight_grams" integer not null, "freight_minimum_kg" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "shipping_policy_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_shipping_policy_deleted_at" ON "shipping_policy" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "shipping_rate" ("id" text not null, "origin_province" text not null, "destination_province" text not null, "courier_first_kg" integer not null, "courier_next_kg" integer not null, "freight_per_kg" integer not null, "eta_min_days" integer not null, "eta_max_days" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "shipping_rate_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_shipping_rate_deleted_at" ON "shipping_rate" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_shipping_rate_origin_province_destination_province_unique" ON "shipping_rate" ("origin_province", "destination_province") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "shipping_policy" cascade;`)

    this.addSql(`drop table if exists "shipping_rate" cascade;`)
  }
}

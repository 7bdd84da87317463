import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129205650 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "production_batch" drop constraint if exists "production_batch_code_unique";`,
    )
    this.addSql(
      `create table if not exists "production_batch" ("id" text not null, "code" text not null, "variant_id" text not null, "product_id" text not null, "quantity" integer not null, "produced_at" timestamptz not null, "best_before" timestamptz null, "expires_at" timestamptz null, "status" text check ("status" in ('active', 'on_hold', 'recalled')) not null default 'active', "workshop_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "production_batch_pkey" primary key ("id"), constraint production_batch_quantity_positive check (quantity > 0));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_production_batch_code_unique" ON "production_batch" ("code") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_production_batch_variant_id" ON "production_batch" ("variant_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_production_batch_product_id" ON "production_batch" ("product_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_production_batch_workshop_id" ON "production_batch" ("workshop_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_production_batch_deleted_at" ON "production_batch" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "production_batch" add constraint "production_batch_workshop_id_foreign" foreign key ("workshop_id") references "workshop" ("id") on update cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "production_batch" cascade;`)
  }
}

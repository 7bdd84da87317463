import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129200303 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "workshop" drop constraint if exists "workshop_handle_unique";`,
    )
    this.addSql(
      `alter table if exists "facility" drop constraint if exists "facility_handle_unique";`,
    )
    this.addSql(
      `create table if not exists "facility" ("id" text not null, "handle" text not null, "name" text not null, "city" text not null, "province" text not null, "story" text null, "makers_share_bps" integer not null default 5000, "capital_share_bps" integer not null default 3500, "state_revenue_share_bps" integer not null default 1500, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "facility_pkey" primary key ("id"), constraint facility_shares_sum_to_whole check (makers_share_bps + capital_share_bps + state_revenue_share_bps = 10000 AND makers_share_bps >= 0 AND capital_share_bps >= 0 AND state_revenue_share_bps >= 0));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_facility_handle_unique" ON "facility" ("handle") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_facility_deleted_at" ON "facility" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "workshop" ("id" text not null, "handle" text not null, "name" text not null, "craft_type" text not null, "story" text null, "photo_urls" text[] not null default '{}', "maker_count" integer not null default 0, "training_hours" integer not null default 0, "facility_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "workshop_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_workshop_handle_unique" ON "workshop" ("handle") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_workshop_facility_id" ON "workshop" ("facility_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_workshop_deleted_at" ON "workshop" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "workshop" add constraint "workshop_facility_id_foreign" foreign key ("facility_id") references "facility" ("id") on update cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "workshop" drop constraint if exists "workshop_facility_id_foreign";`,
    )

    this.addSql(`drop table if exists "facility" cascade;`)

    this.addSql(`drop table if exists "workshop" cascade;`)
  }
}

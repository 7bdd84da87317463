import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129213046 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "quality_standard" drop constraint if exists "quality_standard_code_unique";`,
    )
    this.addSql(
      `alter table if exists "product_quality" drop constraint if exists "product_quality_product_id_unique";`,
    )
    this.addSql(
      `create table if not exists "certificate" ("id" text not null, "type" text check ("type" in ('pirt', 'bpom_md', 'halal', 'non_halal_declaration', 'sni', 'other')) not null, "number" text not null, "issuer" text not null, "valid_from" timestamptz not null, "valid_until" timestamptz null, "document_url" text null, "notes" text null, "product_id" text null, "workshop_id" text null, "facility_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "certificate_pkey" primary key ("id"), constraint certificate_has_one_holder check (num_nonnulls(product_id, workshop_id, facility_id) = 1), constraint certificate_valid_until_after_valid_from check (valid_until is null or valid_until >= valid_from));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_certificate_product_id" ON "certificate" ("product_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_certificate_workshop_id" ON "certificate" ("workshop_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_certificate_facility_id" ON "certificate" ("facility_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_certificate_deleted_at" ON "certificate" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "product_quality" ("id" text not null, "product_id" text not null, "standard_code" text null, "standard_name" text null, "standard_met" boolean not null, "unmet" jsonb not null, "certificates" jsonb not null, "last_inspection_at" timestamptz null, "last_inspection_passed" boolean null, "evaluated_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_quality_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_quality_product_id_unique" ON "product_quality" ("product_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_quality_deleted_at" ON "product_quality" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "qc_inspection" ("id" text not null, "batch_id" text not null, "standard_code" text not null, "results" jsonb not null, "passed" boolean not null, "inspector_id" text not null, "notes" text null, "inspected_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "qc_inspection_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_qc_inspection_batch_id" ON "qc_inspection" ("batch_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_qc_inspection_deleted_at" ON "qc_inspection" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "quality_standard" ("id" text not null, "code" text not null, "name" text not null, "product_type" text check ("product_type" in ('food', 'craft', 'workshop_good')) not null, "category_handles" text[] not null default '{}', "certificate_requirements" jsonb not null default '{"requirements":[]}', "label_fields" text[] not null default '{}', "checklist" jsonb not null default '{"items":[]}', "requires_inspection" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quality_standard_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_quality_standard_code_unique" ON "quality_standard" ("code") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_quality_standard_deleted_at" ON "quality_standard" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "certificate" cascade;`)

    this.addSql(`drop table if exists "product_quality" cascade;`)

    this.addSql(`drop table if exists "qc_inspection" cascade;`)

    this.addSql(`drop table if exists "quality_standard" cascade;`)
  }
}

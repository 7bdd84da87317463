import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261130064046 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "staff_assignment" drop constraint if exists "staff_assignment_user_id_unique";`,
    )
    this.addSql(
      `alter table if exists "staff_assignment" drop constraint if exists "staff_assignment_email_unique";`,
    )
    this.addSql(
      `create table if not exists "audit_entry" ("id" text not null, "actor_id" text not null, "actor_email" text null, "method" text not null, "path" text not null, "resource_type" text not null, "resource_id" text null, "facility_id" text null, "status_code" integer not null, "changes" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "audit_entry_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_audit_entry_deleted_at" ON "audit_entry" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_audit_entry_created_at" ON "audit_entry" ("created_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_audit_entry_resource_type_resource_id" ON "audit_entry" ("resource_type", "resource_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "staff_assignment" ("id" text not null, "email" text not null, "user_id" text null, "role" text check ("role" in ('head_office', 'facility_staff')) not null, "facility_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "staff_assignment_pkey" primary key ("id"), constraint staff_assignment_facility_for_facility_staff check ((role = 'facility_staff') = (facility_id is not null)));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_staff_assignment_email_unique" ON "staff_assignment" ("email") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_staff_assignment_user_id_unique" ON "staff_assignment" ("user_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_staff_assignment_deleted_at" ON "staff_assignment" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    // The audit log is append-only: an entry is never edited or removed.
    this.addSql(
      `create or replace function audit_entry_refuse_change() returns trigger language plpgsql as $$ begin raise exception 'audit entries are append-only'; end; $$;`,
    )
    this.addSql(`drop trigger if exists audit_entry_append_only on "audit_entry";`)
    this.addSql(
      `create trigger audit_entry_append_only before update or delete on "audit_entry" for each row execute function audit_entry_refuse_change();`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists audit_entry_refuse_change() cascade;`)
    this.addSql(`drop table if exists "audit_entry" cascade;`)

    this.addSql(`drop table if exists "staff_assignment" cascade;`)
  }
}

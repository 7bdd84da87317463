import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129213407 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "production_batch" drop constraint if exists "production_batch_status_check";`,
    )

    this.addSql(
      `alter table if exists "production_batch" add column if not exists "recalled_at" timestamptz null, add column if not exists "recall_reason" text null;`,
    )
    this.addSql(
      `alter table if exists "production_batch" add constraint "production_batch_status_check" check("status" in ('active', 'on_hold', 'recalled', 'expired'));`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "production_batch" drop constraint if exists "production_batch_status_check";`,
    )

    this.addSql(
      `alter table if exists "production_batch" drop column if exists "recalled_at", drop column if exists "recall_reason";`,
    )

    this.addSql(
      `alter table if exists "production_batch" add constraint "production_batch_status_check" check("status" in ('active', 'on_hold', 'recalled'));`,
    )
  }
}

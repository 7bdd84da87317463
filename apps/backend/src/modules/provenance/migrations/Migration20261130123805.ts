import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261130123805 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "production_batch" add column if not exists "stock_pending" boolean not null default false;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "production_batch" drop column if exists "stock_pending";`,
    )
  }
}

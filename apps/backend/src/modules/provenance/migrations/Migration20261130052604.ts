import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261130052604 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "workshop" add column if not exists "weekly_capacity" integer null;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "workshop" drop column if exists "weekly_capacity";`,
    )
  }
}

import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261130052603 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "invoice" drop constraint if exists "invoice_order_id_unique";`,
    )
    this.addSql(
      `alter table if exists "invoice" drop constraint if exists "invoice_number_unique";`,
    )
    this.addSql(
      `alter table if exists "partner_shop" drop constraint if exists "partner_shop_npwp_unique";`,
    )
    this.addSql(
      `alter table if exists "minimum_order_quantity" drop constraint if exists "minimum_order_quantity_product_id_unique";`,
    )
    this.addSql(
      `create table if not exists "minimum_order_quantity" ("id" text not null, "product_id" text not null, "quantity" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "minimum_order_quantity_pkey" primary key ("id"), constraint minimum_order_quantity_positive check (quantity >= 1));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_minimum_order_quantity_product_id_unique" ON "minimum_order_quantity" ("product_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_minimum_order_quantity_deleted_at" ON "minimum_order_quantity" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "partner_shop" ("id" text not null, "business_name" text not null, "npwp" text not null, "contact_name" text not null, "email" text not null, "phone" text not null, "address_1" text not null, "address_2" text null, "city" text not null, "province" text not null, "postal_code" text not null, "country_code" text not null, "payment_terms_days" integer not null default 30, "status" text check ("status" in ('active', 'suspended')) not null default 'active', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "partner_shop_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_partner_shop_npwp_unique" ON "partner_shop" ("npwp") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_partner_shop_deleted_at" ON "partner_shop" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "partner_application" ("id" text not null, "business_name" text not null, "npwp" text not null, "contact_name" text not null, "email" text not null, "phone" text not null, "address_1" text not null, "address_2" text null, "city" text not null, "province" text not null, "postal_code" text not null, "country_code" text not null, "expected_monthly_volume" integer not null, "notes" text null, "customer_id" text null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "rejection_reason" text null, "reviewed_at" timestamptz null, "reviewed_by" text null, "partner_shop_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "partner_application_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_partner_application_npwp" ON "partner_application" ("npwp") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_partner_application_email" ON "partner_application" ("email") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_partner_application_partner_shop_id" ON "partner_application" ("partner_shop_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_partner_application_deleted_at" ON "partner_application" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "invoice" ("id" text not null, "number" text not null, "order_id" text not null, "order_display_id" integer not null, "amount" numeric not null, "currency_code" text not null, "terms_days" integer null, "issued_at" timestamptz not null, "due_at" timestamptz null, "status" text check ("status" in ('unpaid', 'paid', 'canceled')) not null default 'unpaid', "paid_at" timestamptz null, "business_name" text not null, "npwp" text not null, "address_1" text not null, "city" text not null, "province" text not null, "postal_code" text not null, "partner_shop_id" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoice_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_number_unique" ON "invoice" ("number") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_order_id_unique" ON "invoice" ("order_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_invoice_partner_shop_id" ON "invoice" ("partner_shop_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_invoice_deleted_at" ON "invoice" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "quote" ("id" text not null, "customer_id" text not null, "status" text check ("status" in ('requested', 'answered', 'accepted', 'rejected')) not null default 'requested', "notes" text null, "lead_time_days" integer null, "valid_until" timestamptz null, "answered_at" timestamptz null, "decided_at" timestamptz null, "rejection_reason" text null, "order_id" text null, "currency_code" text not null default 'idr', "partner_shop_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quote_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_quote_customer_id" ON "quote" ("customer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_quote_partner_shop_id" ON "quote" ("partner_shop_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_quote_deleted_at" ON "quote" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "quote_item" ("id" text not null, "variant_id" text not null, "product_id" text not null, "product_title" text not null, "variant_title" text null, "sku" text null, "quantity" integer not null, "note" text null, "unit_price" numeric null, "quote_id" text not null, "raw_unit_price" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quote_item_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_quote_item_quote_id" ON "quote_item" ("quote_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_quote_item_deleted_at" ON "quote_item" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "quote_message" ("id" text not null, "author" text check ("author" in ('partner', 'staff')) not null, "author_id" text not null, "body" text not null, "quote_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quote_message_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_quote_message_quote_id" ON "quote_message" ("quote_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_quote_message_deleted_at" ON "quote_message" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "partner_application" add constraint "partner_application_partner_shop_id_foreign" foreign key ("partner_shop_id") references "partner_shop" ("id") on update cascade on delete set null;`,
    )

    this.addSql(
      `alter table if exists "invoice" add constraint "invoice_partner_shop_id_foreign" foreign key ("partner_shop_id") references "partner_shop" ("id") on update cascade;`,
    )

    this.addSql(
      `alter table if exists "quote" add constraint "quote_partner_shop_id_foreign" foreign key ("partner_shop_id") references "partner_shop" ("id") on update cascade;`,
    )

    this.addSql(
      `alter table if exists "quote_item" add constraint "quote_item_quote_id_foreign" foreign key ("quote_id") references "quote" ("id") on update cascade;`,
    )

    this.addSql(
      `alter table if exists "quote_message" add constraint "quote_message_quote_id_foreign" foreign key ("quote_id") references "quote" ("id") on update cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "partner_application" drop constraint if exists "partner_application_partner_shop_id_foreign";`,
    )

    this.addSql(
      `alter table if exists "invoice" drop constraint if exists "invoice_partner_shop_id_foreign";`,
    )

    this.addSql(
      `alter table if exists "quote" drop constraint if exists "quote_partner_shop_id_foreign";`,
    )

    this.addSql(
      `alter table if exists "quote_item" drop constraint if exists "quote_item_quote_id_foreign";`,
    )

    this.addSql(
      `alter table if exists "quote_message" drop constraint if exists "quote_message_quote_id_foreign";`,
    )

    this.addSql(`drop table if exists "minimum_order_quantity" cascade;`)

    this.addSql(`drop table if exists "partner_shop" cascade;`)

    this.addSql(`drop table if exists "partner_application" cascade;`)

    this.addSql(`drop table if exists "invoice" cascade;`)

    this.addSql(`drop table if exists "quote" cascade;`)

    this.addSql(`drop table if exists "quote_item" cascade;`)

    this.addSql(`drop table if exists "quote_message" cascade;`)
  }
}

import { Migration } from '@medusajs/framework/mikro-orm/migrations';

export class Migration20261123154633 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_listing" drop constraint if exists "ocop_listing_product_id_unique";`,
    );
    this.addSql(
      `create table if not exists "ocop_listing" ("id" text not null, "product_id" text not null, "seller_id" text not null, "registry_product_id" text not null, "registry_producer_id" text not null, "title" text not null, "handle" text not null, "thumbnail" text null, "seller_handle" text not null, "seller_name" text not null, "sector" text null, "product_group" text null, "province" text null, "commune" text null, "certificate_id" text null, "certificate_number" text null, "stars" integer null, "issuer_name" text null, "issuing_level" text null, "certificate_issued_at" timestamptz null, "certificate_expires_at" timestamptz null, "certificate_status" text not null default 'unknown', "min_price" integer null, "sellable" boolean not null default false, "unsellable_reason" text null, "synced_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_listing_pkey" primary key ("id"));`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_listing_deleted_at" ON "ocop_listing" ("deleted_at") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_listing_product_id_unique" ON "ocop_listing" ("product_id") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_listing_seller_id" ON "ocop_listing" ("seller_id") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_listing_registry_product_id" ON "ocop_listing" ("registry_product_id") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_listing_sellable_stars" ON "ocop_listing" ("sellable", "stars") WHERE deleted_at IS NULL;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_listing" cascade;`);
  }
}

import { Migration } from '@medusajs/framework/mikro-orm/migrations';

/** A listing's lowest price as Medusa's bigNumber (numeric and its raw value) instead of int4. */
export class Migration20261204194100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_listing" alter column "min_price" type numeric using "min_price"::numeric;`,
    );
    this.addSql(`alter table if exists "ocop_listing" add column if not exists "raw_min_price" jsonb null;`);
    this.addSql(
      `update "ocop_listing" set "raw_min_price" = jsonb_build_object('value', "min_price"::text, 'precision', 20) where "min_price" is not null and "raw_min_price" is null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_listing" drop column if exists "raw_min_price";`);
    this.addSql(
      `alter table if exists "ocop_listing" alter column "min_price" type integer using "min_price"::integer;`,
    );
  }
}

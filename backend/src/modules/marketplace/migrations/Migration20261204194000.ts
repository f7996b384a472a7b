import { Migration } from '@medusajs/framework/mikro-orm/migrations';

/**
 * A checkout's total as Medusa's bigNumber (numeric and its raw value) instead of int4, whose
 * 2,147,483,647 đồng a wholesale order of OCOP goods can pass. Widening only: every total fits.
 */
export class Migration20261204194000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_order_group" alter column "total" type numeric using "total"::numeric;`,
    );
    this.addSql(`alter table if exists "ocop_order_group" add column if not exists "raw_total" jsonb null;`);
    this.addSql(
      `update "ocop_order_group" set "raw_total" = jsonb_build_object('value', "total"::text, 'precision', 20) where "raw_total" is null;`,
    );
    this.addSql(`alter table if exists "ocop_order_group" alter column "raw_total" set not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_order_group" drop column if exists "raw_total";`);
    this.addSql(
      `alter table if exists "ocop_order_group" alter column "total" type integer using "total"::integer;`,
    );
  }
}

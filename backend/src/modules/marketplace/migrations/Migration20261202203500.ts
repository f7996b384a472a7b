import { Migration } from '@medusajs/framework/mikro-orm/migrations';

/** Order references from a sequence instead of 24 bits of a hash (lib/order-reference.ts). */
export class Migration20261202203500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create sequence if not exists "ocop_checkout_number_seq" as bigint start with 1;`);
    this.addSql(`alter table if exists "ocop_order_group" add column if not exists "reference" text null;`);
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_order_group_reference_unique" ON "ocop_order_group" ("reference") WHERE reference IS NOT NULL AND deleted_at IS NULL;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_ocop_order_group_reference_unique";`);
    this.addSql(`alter table if exists "ocop_order_group" drop column if exists "reference";`);
    this.addSql(`drop sequence if exists "ocop_checkout_number_seq";`);
  }
}

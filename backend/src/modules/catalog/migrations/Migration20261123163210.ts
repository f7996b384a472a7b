import { Migration } from '@medusajs/framework/mikro-orm/migrations';

export class Migration20261123163210 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_listing_created_at_id" ON "ocop_listing" ("created_at", "id") WHERE sellable = true AND deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_listing_min_price_id" ON "ocop_listing" ("min_price", "id") WHERE sellable = true AND deleted_at IS NULL;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_ocop_listing_created_at_id";`);
    this.addSql(`drop index if exists "IDX_ocop_listing_min_price_id";`);
  }
}

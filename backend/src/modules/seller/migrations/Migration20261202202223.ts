import { Migration } from '@medusajs/framework/mikro-orm/migrations';

// Reviewed: no data is dropped. The producer index stops being unique (docs/decisions/012: the
// registry decides who acts for a producer, and "already exists" told which producers were taken).
export class Migration20261202202223 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index if exists "IDX_seller_registry_producer_id_unique";`);

    this.addSql(`alter table if exists "seller" add column if not exists "registry_binding_id" text null;`);
    this.addSql(
      `alter table if exists "seller" alter column "registry_producer_id" type text using ("registry_producer_id"::text);`,
    );
    this.addSql(`alter table if exists "seller" alter column "registry_producer_id" drop not null;`);
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_registry_producer_id" ON "seller" ("registry_producer_id") WHERE deleted_at IS NULL;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_seller_registry_producer_id";`);
    this.addSql(`alter table if exists "seller" drop column if exists "registry_binding_id";`);

    this.addSql(
      `alter table if exists "seller" alter column "registry_producer_id" type text using ("registry_producer_id"::text);`,
    );
    this.addSql(`alter table if exists "seller" alter column "registry_producer_id" set not null;`);
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_registry_producer_id_unique" ON "seller" ("registry_producer_id") WHERE status NOT IN ('rejected', 'closed') AND deleted_at IS NULL;`,
    );
  }
}

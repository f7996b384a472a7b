import { Migration } from '@medusajs/framework/mikro-orm/migrations';

export class Migration20261123144338 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "seller" drop constraint if exists "seller_registry_producer_id_unique";`,
    );
    this.addSql(`alter table if exists "seller" drop constraint if exists "seller_handle_unique";`);
    this.addSql(
      `create table if not exists "seller" ("id" text not null, "handle" text not null, "name" text not null, "story" text null, "logo_url" text null, "contact_email" text not null, "contact_phone" text null, "registry_producer_id" text not null, "status" text check ("status" in ('pending', 'approved', 'rejected', 'suspended', 'closed')) not null default 'pending', "status_reason" text null, "status_changed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_pkey" primary key ("id"));`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_deleted_at" ON "seller" ("deleted_at") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_handle_unique" ON "seller" ("handle") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_registry_producer_id_unique" ON "seller" ("registry_producer_id") WHERE status NOT IN ('rejected', 'closed') AND deleted_at IS NULL;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "seller" cascade;`);
  }
}

import { Migration } from '@medusajs/framework/mikro-orm/migrations';

export class Migration20261202202539 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_registry_event_receipt" drop constraint if exists "ocop_registry_event_receipt_event_id_unique";`,
    );
    this.addSql(
      `create table if not exists "ocop_registry_event_receipt" ("id" text not null, "event_id" text not null, "topic" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_registry_event_receipt_pkey" primary key ("id"));`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_registry_event_receipt_deleted_at" ON "ocop_registry_event_receipt" ("deleted_at") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_registry_event_receipt_event_id_unique" ON "ocop_registry_event_receipt" ("event_id") WHERE deleted_at IS NULL;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_registry_event_receipt" cascade;`);
  }
}

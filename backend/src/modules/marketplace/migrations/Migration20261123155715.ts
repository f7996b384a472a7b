import { Migration } from '@medusajs/framework/mikro-orm/migrations';

export class Migration20261123155715 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_sales_outbox" drop constraint if exists "ocop_sales_outbox_event_id_unique";`,
    );
    this.addSql(
      `alter table if exists "ocop_order_group" drop constraint if exists "ocop_order_group_cart_id_unique";`,
    );
    this.addSql(
      `create table if not exists "ocop_order_group" ("id" text not null, "cart_id" text not null, "customer_id" text null, "email" text null, "payment_method" text check ("payment_method" in ('cod', 'vietqr', 'card')) not null, "order_ids" jsonb not null, "total" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_order_group_pkey" primary key ("id"));`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_order_group_deleted_at" ON "ocop_order_group" ("deleted_at") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_order_group_cart_id_unique" ON "ocop_order_group" ("cart_id") WHERE deleted_at IS NULL;`,
    );

    this.addSql(
      `create table if not exists "ocop_sales_outbox" ("id" text not null, "event_id" text not null, "order_id" text not null, "payload" jsonb not null, "attempts" integer not null default 0, "next_attempt_at" timestamptz not null, "delivered_at" timestamptz null, "failed_at" timestamptz null, "last_error" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_sales_outbox_pkey" primary key ("id"));`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_sales_outbox_deleted_at" ON "ocop_sales_outbox" ("deleted_at") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_sales_outbox_event_id_unique" ON "ocop_sales_outbox" ("event_id") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_sales_outbox_order_id" ON "ocop_sales_outbox" ("order_id") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_sales_outbox_next_attempt_at" ON "ocop_sales_outbox" ("next_attempt_at") WHERE delivered_at IS NULL AND failed_at IS NULL AND deleted_at IS NULL;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_order_group" cascade;`);

    this.addSql(`drop table if exists "ocop_sales_outbox" cascade;`);
  }
}

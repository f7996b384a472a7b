import { Migration } from '@medusajs/framework/mikro-orm/migrations';

export class Migration20261123145317 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "seller_member" drop constraint if exists "seller_member_email_unique";`,
    );
    this.addSql(
      `create table if not exists "seller_member" ("id" text not null, "email" text not null, "name" text null, "role" text check ("role" in ('owner', 'staff')) not null default 'owner', "seller_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_member_pkey" primary key ("id"));`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_member_seller_id" ON "seller_member" ("seller_id") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_member_deleted_at" ON "seller_member" ("deleted_at") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_member_email_unique" ON "seller_member" ("email") WHERE deleted_at IS NULL;`,
    );

    this.addSql(
      `alter table if exists "seller_member" add constraint "seller_member_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "seller_member" cascade;`);
  }
}

import { Migration } from '@medusajs/framework/mikro-orm/migrations';

/**
 * Catalog search in PostgreSQL (lib/search/postgres-search-engine.ts) and the product page's
 * lookup by handle. The column and the handle index are generated from the model; the
 * extensions, the backfill and the two GIN indexes are written by hand, since the model cannot
 * express an operator class or an expression index.
 */
export class Migration20261123183505 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists "unaccent";`);
    this.addSql(`create extension if not exists "pg_trgm";`);
    this.addSql(
      `alter table if exists "ocop_listing" add column if not exists "search_text" text not null default '';`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_listing_handle" ON "ocop_listing" ("handle") WHERE deleted_at IS NULL;`,
    );
    // Existing rows become searchable at once; the next sync (every 5 min) rewrites each with the
    // same folding done in JavaScript, plus the sector and group names.
    this.addSql(
      `update "ocop_listing" set "search_text" = trim(regexp_replace(lower(unaccent(concat_ws(' ', "title", "seller_name", "province", "commune"))), '[^[:alnum:]]+', ' ', 'g')) where "search_text" = '';`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_listing_search_text_trgm" ON "ocop_listing" USING gin ("search_text" gin_trgm_ops) WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_listing_search_text_fts" ON "ocop_listing" USING gin (to_tsvector('simple', "search_text")) WHERE deleted_at IS NULL;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_ocop_listing_search_text_fts";`);
    this.addSql(`drop index if exists "IDX_ocop_listing_search_text_trgm";`);
    this.addSql(`drop index if exists "IDX_ocop_listing_handle";`);
    this.addSql(`alter table if exists "ocop_listing" drop column if exists "search_text";`);
  }
}

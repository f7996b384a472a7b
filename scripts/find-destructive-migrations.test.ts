import { describe, expect, it } from 'vitest';
import { checkMigrations, findDestructiveStatements } from './find-destructive-migrations';
import { ROOT } from './root';

describe('findDestructiveStatements', () => {
  it('flags DROP TABLE/COLUMN/SCHEMA in drizzle SQL, any case', () => {
    const sql = 'ALTER TABLE "stamps" DROP COLUMN "networks";\ncreate table x (id int);\ndrop table "scans";';
    expect(findDestructiveStatements('drizzle/0002_x.sql', sql).map((s) => s.line)).toEqual([1, 3]);
  });

  it("ignores Medusa migrations' down() and dropped constraints, honours the allow marker", () => {
    const ts = [
      'export class Migration1 extends Migration {',
      '  override async up(): Promise<void> {',
      '    this.addSql(`alter table if exists "seller" drop constraint if exists "seller_handle_unique";`);',
      '    // allow-drop: the column moved to seller_member in the same release',
      '    this.addSql(`alter table "seller" drop column "owner_email";`);',
      '    this.addSql(`alter table "seller" drop column "story";`);',
      '  }',
      '  override async down(): Promise<void> {',
      '    this.addSql(`drop table if exists "seller" cascade;`);',
      '  }',
      '}',
    ].join('\n');
    expect(findDestructiveStatements('m/Migration1.ts', ts)).toEqual([
      { file: 'm/Migration1.ts', line: 6, text: 'this.addSql(`alter table "seller" drop column "story";`);' },
    ]);
  });

  it('finds nothing unexpected in the repository today', () => {
    expect(checkMigrations(ROOT)).toEqual([]);
  });
});

import { resolveCommune } from '@ocop/domain';
import type { Sql } from 'postgres';

/**
 * Gives producers recorded before commune codes were kept the code of their commune, when their
 * province and commune name name exactly one 2025 commune; the name is rewritten to its official
 * spelling ("Phuong Chau Doc" → "Phường Châu Đốc"). Rows that match none keep a null code for an
 * official to correct. Runs after every migration; idempotent, and a no-op once all rows have codes.
 */
export async function backfillCommuneCodes(sql: Sql): Promise<{ filled: number; unmatched: number }> {
  const rows = await sql<{ id: string; province: string; commune: string }[]>`
    select id, province, commune from producers where commune_code is null`;
  let filled = 0;
  for (const row of rows) {
    const found = resolveCommune({ province: row.province, name: row.commune });
    if (!found.ok) continue;
    await sql`update producers set commune_code = ${found.commune.code}, commune = ${found.commune.fullName}
      where id = ${row.id} and commune_code is null`;
    filled += 1;
  }
  return { filled, unmatched: rows.length - filled };
}

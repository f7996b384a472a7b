import { performance } from 'node:perf_hooks';
import { issueStamps } from '@ocop/traceability';
import postgres from 'postgres';
import { type ResultRow, resultRow } from './result-row';

const BENCHMARK = 'issue stamps (COPY)';
export const ISSUE_SECONDS_TARGET = 10;
// issueStamps writes 50,000-row chunks; the raw COPY does the same so only the wrapper differs.
const CHUNK = 50_000;

/**
 * Seconds to issue a print run of serialized stamps with issueStamps (seq reservation, COPY,
 * progress, one transaction), beside a bare COPY of the same rows: the difference is what
 * the issuance adds to what PostgreSQL needs anyway.
 */
export async function benchStampIssuance(input: {
  databaseUrl: string;
  batchId: string;
  count: number;
}): Promise<ResultRow[]> {
  // As the registry's raw-SQL pool; issueStamps needs a second connection for progress.
  const sql = postgres(input.databaseUrl, { max: 4, onnotice: () => {} });
  try {
    const [issuance] = await sql<{ id: string }[]>`
      insert into stamp_issuances (batch_id, requested, key_id, created_by)
      values (${input.batchId}, ${input.count}, 'A', 'bench') returning id`;
    if (!issuance) throw new Error('Could not create the stamp issuance row.');

    await sql`checkpoint`;
    const issueSeconds = await timed(() =>
      issueStamps(
        { issuanceId: issuance.id, batchId: input.batchId, count: input.count },
        { sql, bulkSql: sql, clock: () => new Date() },
      ),
    );
    const [written] = await sql<{ n: number }[]>`
      select count(*)::int as n from stamps where issuance_id = ${issuance.id}`;
    if (written?.n !== input.count)
      throw new Error(`issueStamps wrote ${written?.n} rows, not ${input.count}.`);

    await sql`create table stamps_raw (like stamps including all)`;
    await sql`checkpoint`;
    const rawSeconds = await timed(() => copyRaw(sql, input.batchId, issuance.id, input.count));
    await sql`drop table stamps_raw`;

    const rows = input.count.toLocaleString('en-US');
    return [
      resultRow(BENCHMARK, `issueStamps, ${rows} rows`, issueSeconds, {
        unit: 's',
        digits: 2,
        target: { atMost: ISSUE_SECONDS_TARGET },
      }),
      resultRow(BENCHMARK, 'issueStamps rate', input.count / issueSeconds, { unit: 'rows/s' }),
      resultRow(BENCHMARK, `raw COPY, ${rows} rows`, rawSeconds, { unit: 's', digits: 2 }),
      resultRow(BENCHMARK, 'raw COPY rate', input.count / rawSeconds, { unit: 'rows/s' }),
      resultRow(BENCHMARK, 'issueStamps time ÷ raw COPY time', issueSeconds / rawSeconds, { digits: 2 }),
    ];
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function copyRaw(sql: postgres.Sql, batchId: string, issuanceId: string, count: number) {
  const stream = await sql`copy stamps_raw (batch_id, seq, issuance_id) from stdin`.writable();
  const prefix = `${batchId}\t`;
  const suffix = `\t${issuanceId}\n`;
  for (let done = 0; done < count; ) {
    const n = Math.min(CHUNK, count - done);
    let text = '';
    for (let i = 0; i < n; i++) text += prefix + (done + i) + suffix;
    if (!stream.write(text)) await new Promise((resolve) => stream.once('drain', resolve));
    done += n;
  }
  await new Promise<void>((resolve, reject) => {
    stream.once('error', reject);
    stream.end(resolve);
  });
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return (performance.now() - start) / 1000;
}

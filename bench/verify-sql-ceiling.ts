import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { type ResultRow, resultRow, skippedRow } from './result-row';

const BENCHMARK = 'verify SQL via pgbench';
export const HTTP_TO_SQL_TARGET = 0.5;

/*
 * The statement verifyStamp (traceability/src/scans/verify-stamp.ts, recordUnitScan) runs per
 * counted scan, copied as it is: find the subject, count the scan, log it, in one round trip.
 * Values the handler binds become pgbench variables, which -M prepared also sends as untyped
 * parameters, as postgres.js does. What pgbench cannot bind: the clock (now()) and the province,
 * which is null for a client on 127.0.0.1 in the bench (no network region matches it).
 * Keep in step with verify-stamp.ts when it changes.
 */
const VERIFY_STAMP_SCRIPT = String.raw`
\set seq random(:first_seq, :last_seq)
with subject as (
  select p.id as product_id, p.code as product_code, p.name as product_name, p.gtin, p.sector,
         p.product_group, p.image_url,
         pr.id as producer_id, pr.legal_name, pr.kind as producer_kind, pr.province, pr.commune,
         pr.legacy_district, pr.address_line,
         b.id as batch_id, b.code as batch_code, b.produced_at, b.best_before::text as best_before,
         b.standards, b.raw_material_origin,
         c.number as cert_number, c.stars, c.issuer_name, c.issuing_level, c.decision_number,
         c.issued_at, c.expires_at, c.revoked_at, c.revocation_reason
  from products p
  join producers pr on pr.id = p.producer_id
  join batches b on b.product_id = p.id and b.code = :batch_code
  left join lateral (
    select * from certificates c where c.product_id = p.id
    order by c.issued_at desc, c.created_at desc limit 1
  ) c on true
  where p.code = :product_code),
counted as (
  update stamps st set
    scan_count = st.scan_count + 1,
    first_scan_at = coalesce(st.first_scan_at, now()),
    first_scan_province = case when st.first_scan_at is null then null::text else st.first_scan_province end,
    last_scan_at = now(),
    provinces = case
      when null::text is null or null::text = any(st.provinces) then st.provinces
      else array_append(st.provinces, null::text) end,
    networks = case
      when :network_hash::text is null or :network_hash::text = any(st.networks)
           or cardinality(st.networks) >= 200::int then st.networks
      else array_append(st.networks, :network_hash::text) end
  from subject
  where st.batch_id = subject.batch_id and st.seq = :seq
  returning st.scan_count, cardinality(st.networks) as network_count, st.first_scan_at,
            st.first_scan_province, st.provinces, st.voided_at, st.suspicious_at
),
logged as (
  insert into scans (batch_id, seq, scanned_at, province, province_source, network_hash, verdict)
  select subject.batch_id, :seq, now(), null::text, :province_source, :network_hash,
         case when counted.voided_at is not null then 'void' else 'counted' end
  from counted, subject
)
select subject.*, counted.* from subject left join counted on true;
`;

export interface VerifySqlCeilingInput {
  databaseUrl: string;
  pgbenchPath: string;
  seconds: number;
  fixture: { batchId: string; batchCode: string; productCode: string; firstSeq: number; count: number };
  /** From benchVerifyThroughput, for the HTTP ÷ SQL ratio. */
  httpRequestsPerSecond: number;
  /** From benchVerifyThroughput: CPU ms per HTTP verify of the load generator and PostgreSQL. */
  cpuPerRequest?: { loadGenerator: number; postgres: number | null };
}

/**
 * The database's own ceiling for the verify path: the same SQL with no HTTP, JSON or Node in
 * between. HTTP ÷ this says how much of the database's capacity the registry turns into scans.
 */
export async function benchVerifySqlCeiling(input: VerifySqlCeilingInput): Promise<ResultRow[]> {
  if (!(await isExecutable(input.pgbenchPath))) {
    return [
      skippedRow(BENCHMARK, 'TPS (8 clients, prepared)', 'pgbench not found'),
      skippedRow(BENCHMARK, 'HTTP req/s ÷ pgbench TPS', 'pgbench not found', `≥ ${HTTP_TO_SQL_TARGET}`),
    ];
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'ocop-bench-'));
  try {
    const script = path.join(dir, 'verify-stamp.sql');
    await writeFile(script, VERIFY_STAMP_SCRIPT);
    const { fixture } = input;
    const output = await run(input.pgbenchPath, [
      ...['-n', '-c', '8', '-j', '2', '-M', 'prepared'],
      ...['-T', String(Math.max(1, Math.round(input.seconds))), '-f', script],
      ...['-D', `batch_id=${fixture.batchId}`, '-D', `batch_code=${fixture.batchCode}`],
      ...['-D', `product_code=${fixture.productCode}`, '-D', `first_seq=${fixture.firstSeq}`],
      ...['-D', `last_seq=${fixture.firstSeq + fixture.count - 1}`],
      ...['-D', 'province_source=unknown', '-D', 'network_hash=pgbench-network-hash00'],
      input.databaseUrl,
    ]);
    const tps = Number(/^tps = ([\d.]+)/m.exec(output)?.[1]);
    const failed = Number(/number of failed transactions: (\d+)/.exec(output)?.[1] ?? 0);
    if (!Number.isFinite(tps) || tps <= 0 || failed > 0) {
      throw new Error(`pgbench did not report a clean run:\n${output}`);
    }
    return [
      resultRow(BENCHMARK, 'TPS (8 clients, prepared)', tps, { unit: 'tx/s' }),
      resultRow(BENCHMARK, 'HTTP req/s ÷ pgbench TPS', input.httpRequestsPerSecond / tps, {
        digits: 2,
        target: { atLeast: HTTP_TO_SQL_TARGET },
      }),
      ...ceilingWithoutRegistry(input, tps),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    // The registry logs scans on a pool with synchronous_commit=off (decision 007): same here.
    const env = { ...process.env, PGOPTIONS: '-c synchronous_commit=off' };
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`pgbench exited with ${code}:\n${output}`)),
    );
  });
}

/**
 * The ratio the machine would allow if the registry's own code cost nothing: every core busy
 * with the load generator and PostgreSQL alone, at the CPU per request they were measured to
 * need. A target above this cannot be met on this machine by any registry.
 */
function ceilingWithoutRegistry(input: VerifySqlCeilingInput, tps: number): ResultRow[] {
  const cpu = input.cpuPerRequest;
  if (!cpu || cpu.postgres === null) return [];
  const requestsPerSecond = (availableParallelism() * 1000) / (cpu.loadGenerator + cpu.postgres);
  return [
    resultRow(BENCHMARK, 'same ratio if the registry used no CPU', requestsPerSecond / tps, { digits: 2 }),
  ];
}

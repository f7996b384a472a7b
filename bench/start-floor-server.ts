import { type ChildProcess, fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

export interface RunningFloor {
  baseUrl: string;
  pid: number;
  stop(): Promise<void>;
}

/** verify-floor-server.ts in its own process, with the registry's pool size (two per core, at least 4). */
export async function startFloorServer(databaseUrl: string, stampKeys: string): Promise<RunningFloor> {
  const child = fork(fileURLToPath(new URL('./verify-floor-server.ts', import.meta.url)), {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The floor server did not start within 30 s.')), 30_000);
    child.once('message', (message: { port?: number }) => {
      clearTimeout(timer);
      if (message.port) resolve(message.port);
      else reject(new Error('The floor server did not report a port.'));
    });
    child.once('exit', (code) =>
      reject(new Error(`The floor server exited before listening (code ${code}).`)),
    );
    child.send({ databaseUrl, stampKeys, poolSize: Math.max(4, 2 * availableParallelism()) });
  });
  return { baseUrl: `http://127.0.0.1:${port}`, pid: child.pid as number, stop: () => stop(child) };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER_JS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../server.js');

/** A port nothing listens on: the backend and registry "down" for the storefront under test. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** What a production storefront needs, with the backend and the registry unreachable. */
export async function productionEnv(buildDir: string): Promise<Record<string, string>> {
  const down = `http://127.0.0.1:${await closedPort()}`;
  return {
    NODE_ENV: 'production',
    STOREFRONT_BUILD_DIR: buildDir,
    PORT: '0',
    SESSION_SECRET: randomBytes(24).toString('hex'),
    MEDUSA_PUBLISHABLE_KEY: 'pk_test_storefront',
    BACKEND_URL: down,
    REGISTRY_URL: down,
  };
}

export interface RunningServer {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** `node server.js` for real, as npm start runs it; resolves once it listens, rejects if it exits. */
export function startServer(env: Record<string, string>): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, [SERVER_JS], {
    // Only what the test names: the test runner's own NODE_ENV and secrets stay out.
    env: { PATH: process.env.PATH ?? '', ...env } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const port = /\[storefront\] http:\/\/localhost:(\d+)/.exec(output)?.[1];
      if (port) {
        resolve({
          url: `http://127.0.0.1:${port}`,
          output: () => output,
          stop: () =>
            new Promise((done) => {
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) =>
      reject(Object.assign(new Error(`server.js exited ${code}`), { code, output })),
    );
  });
}

/** Boots server.js expecting it to refuse: its exit code and what it printed. */
export async function bootFailure(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  try {
    const server = await startServer(env);
    await server.stop();
    return { code: 0, output: server.output() };
  } catch (error) {
    const { code, output } = error as { code: number | null; output: string };
    return { code, output };
  }
}

import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { generateKeyPair, mintToken } from '@ocop/traceability';

/** Printed into every stamp URL; about as long as a real resolver origin, so QR sizes are realistic. */
export const PUBLIC_BASE_URL = 'https://verify.ocop.example';
const ISSUER = 'ocop-backend';
const START_TIMEOUT_MS = 30_000;

export interface RunningRegistry {
  /** Where the server listens, e.g. http://127.0.0.1:41234. */
  baseUrl: string;
  /** The server's process, for CPU accounting. */
  pid: number;
  /** STAMP_KEYS of the run, so the floor server can check the same serials. */
  stampKeys: string;
  tokens: {
    official(): Promise<string>;
    seller(producerId: string): Promise<string>;
  };
  /** Calls the API and returns the JSON body; any other status than `status` is an error. */
  call<T>(
    method: string,
    path: string,
    options: { token: string; body?: unknown; status: number },
  ): Promise<T>;
  /** GET returning text, for the stamp URL list. */
  text(path: string, token: string): Promise<string>;
  stop(): Promise<void>;
}

/** The real registry app on a real HTTP server in a child process, with keys made up for the run. */
export async function startRegistryServer(
  databaseUrl: string,
  options: { cpuProfileDir?: string } = {},
): Promise<RunningRegistry> {
  const keys = generateKeyPair();
  const settings: Record<string, string> = {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    PUBLIC_BASE_URL,
    STAMP_KEYS: `A:${randomBytes(32).toString('base64')}`,
    STAMP_ACTIVE_KEY_ID: 'A',
    JWT_PUBLIC_KEY: keys.publicKeyPem,
    JWT_ISSUER: ISSUER,
    NETWORK_HASH_SECRET: randomBytes(16).toString('hex'),
    // As in production, the limiter counts every verify; the bench is one client at one address,
    // so its budget is set above what the load can send (120,000 a minute at 2,000 req/s).
    VERIFY_RATE_LIMIT_PER_MINUTE: '1000000',
    VERIFY_UNKNOWN_LIMIT_PER_MINUTE: '1000000',
  };
  // BENCH_CPU_PROFILE_DIR: V8 CPU profiles of the registry process, to see where a verify goes.
  const profileDir = options.cpuProfileDir;
  const child = fork(fileURLToPath(new URL('./serve-registry.ts', import.meta.url)), {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv: profileDir
      ? [...process.execArgv, '--cpu-prof', `--cpu-prof-dir=${profileDir}`]
      : process.execArgv,
  });
  const port = await waitForPort(child, settings);
  const baseUrl = `http://127.0.0.1:${port}`;
  const sign = (subject: Parameters<typeof mintToken>[1]) =>
    mintToken(keys.privateKeyPem, subject, { issuer: ISSUER });

  const send = async (method: string, path: string, token: string, body?: unknown) => {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    return fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  };

  return {
    baseUrl,
    pid: child.pid as number,
    stampKeys: settings.STAMP_KEYS as string,
    tokens: {
      official: () =>
        sign({
          actorType: 'official',
          actorId: `official-${randomUUID()}`,
          roles: ['issuer'],
          province: null,
        }),
      // A shop acts for a producer only through an active binding (decision 012): the bench claims
      // and approves one as the backend would.
      seller: async (producerId) => {
        const service = await sign({ actorType: 'service', actorId: 'ocop-backend' });
        const shopId = `sel_bench_${randomUUID().replaceAll('-', '')}`;
        const claimed = await send('POST', '/v1/producer-bindings', service, {
          accountId: shopId,
          producerId,
        });
        const { binding } = (await claimed.json()) as { binding: { id: string } };
        const decided = await send('POST', `/v1/producer-bindings/${binding.id}/decision`, service, {
          action: 'approve',
          decidedBy: 'bench',
        });
        if (!decided.ok)
          throw new Error(`binding approval answered ${decided.status}: ${await decided.text()}`);
        return sign({ actorType: 'seller', actorId: `seller-${randomUUID()}`, producerId, shopId });
      },
    },
    call: async <T>(
      method: string,
      path: string,
      options: { token: string; body?: unknown; status: number },
    ) => {
      const response = await send(method, path, options.token, options.body);
      const text = await response.text();
      if (response.status !== options.status) {
        throw new Error(`${method} ${path} answered ${response.status}, expected ${options.status}: ${text}`);
      }
      return JSON.parse(text) as T;
    },
    text: async (path, token) => {
      const response = await send('GET', path, token);
      const text = await response.text();
      if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${text}`);
      return text;
    },
    stop: () => stopChild(child),
  };
}

function waitForPort(child: ChildProcess, settings: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The registry server did not start within ${START_TIMEOUT_MS / 1000} s.`));
    }, START_TIMEOUT_MS);
    child.once('message', (message: { port?: number; error?: string }) => {
      clearTimeout(timer);
      if (message.port) resolve(message.port);
      else reject(new Error(`The registry server did not start: ${message.error ?? 'no reason given'}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The registry server exited before listening (code ${code}).`));
    });
    child.send(settings);
  });
}

function stopChild(child: ChildProcess): Promise<void> {
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

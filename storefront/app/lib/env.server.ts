import { BlockList, isIP } from 'node:net';
import { z } from 'zod';

/** The secret the storefront signs sessions with when nobody gave it one; never valid in production. */
export const DEV_SESSION_SECRET = 'dev-only-session-secret-change-me';

/** Names Express's `trust proxy` understands besides addresses and CIDR blocks. */
const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function isProxy(entry: string): boolean {
  if (PROXY_NAMES.includes(entry)) return true;
  const [address = '', prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (!family || extra !== undefined) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  try {
    new BlockList().addSubnet(address, Number(prefix), family === 4 ? 'ipv4' : 'ipv6');
    return true;
  } catch {
    return false;
  }
}

const origin = (fallback: string) =>
  z
    .url({ protocol: /^https?$/ })
    .default(fallback)
    .transform((u) => u.replace(/\/$/, ''));

const Env = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    // 0: any free port (tests).
    PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
    BACKEND_URL: origin('http://localhost:9000'),
    REGISTRY_URL: origin('http://localhost:4000'),
    STOREFRONT_URL: z
      .url({ protocol: /^https?$/ })
      .optional()
      .transform((u) => u?.replace(/\/$/, '')),
    MEDUSA_PUBLISHABLE_KEY: z.string().min(1).optional(),
    SESSION_SECRET: z.string().optional(),
    // Trusting every hop would let any client name its own address in X-Forwarded-For, and the
    // registry counts scans and rate-limits by the address we pass on.
    TRUST_PROXY: z
      .string()
      .default('')
      // The same reading as the backend's (.env.example): "false" none, "true" this machine only.
      .transform((s) => (s.trim() === 'false' ? '' : s.trim() === 'true' ? 'loopback' : s))
      .transform((s) =>
        s
          .split(',')
          .map((p) => p.trim())
          .filter(Boolean),
      )
      .refine((list) => list.every(isProxy), {
        message:
          'must list the proxies in front of the storefront (addresses or CIDR blocks, comma-separated, or loopback)',
      }),
    /** Shared state of several storefront processes (recent verdicts); in memory when unset. */
    REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
    STOREFRONT_DEV: z
      .enum(['true', 'false', ''])
      .default('false')
      .transform((v) => v === 'true'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    const secret = env.SESSION_SECRET ?? '';
    if (!secret)
      ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'is required in production' });
    else if (secret === DEV_SESSION_SECRET)
      ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'is the development secret' });
    else if (secret.length < 32)
      ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'needs 32 characters or more' });
    if (!env.MEDUSA_PUBLISHABLE_KEY)
      ctx.addIssue({
        code: 'custom',
        path: ['MEDUSA_PUBLISHABLE_KEY'],
        message: 'is required in production',
      });
  })
  .transform((env) => ({
    nodeEnv: env.NODE_ENV,
    port: env.PORT,
    backendUrl: env.BACKEND_URL,
    registryUrl: env.REGISTRY_URL,
    /** Where this storefront is reachable by people: canonical links, sitemap, OpenGraph, HSTS. */
    publicUrl: env.STOREFRONT_URL ?? `http://localhost:${env.PORT}`,
    publishableKey: env.MEDUSA_PUBLISHABLE_KEY ?? null,
    sessionSecret: env.SESSION_SECRET || DEV_SESSION_SECRET,
    trustedProxies: env.TRUST_PROXY,
    dev: env.STOREFRONT_DEV,
    redisUrl: env.REDIS_URL ?? null,
  }));

export type StoreEnv = z.infer<typeof Env>;

/** The settings are wrong: `problems` names each variable and what is wrong with it. */
export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`The storefront cannot start; fix its environment (see .env.example):\n  ${problems.join('\n  ')}`);
    this.name = 'EnvError';
  }
}

export function loadEnv(source: Record<string, string | undefined>): StoreEnv {
  const parsed = Env.safeParse(source);
  if (parsed.success) return parsed.data;
  throw new EnvError(parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'} ${i.message}`));
}

/** The one place the storefront reads process.env: importing the server build fails on bad settings. */
export const env = loadEnv(process.env);

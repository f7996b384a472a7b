import { z } from '@medusajs/framework/zod';

/**
 * The backend's one view of its environment (STYLE: one env loader per service). Development
 * keeps working with nothing set; NODE_ENV=production refuses to boot on a missing or
 * development secret, naming every one, instead of signing tokens with a well-known secret.
 */
export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`The backend's environment is not usable:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

/** Values that only development may run on (what the old config fell back to). */
const DEVELOPMENT_SECRETS = new Set(['dev-only-jwt-secret', 'dev-only-cookie-secret', 'supersecret']);

const optional = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v : undefined));
const pem = optional.transform((v) => v?.replaceAll('\\n', '\n'));
const flag = z
  .enum(['true', 'false', ''])
  .optional()
  .transform((v) => v === 'true');

const schema = z.object({
  NODE_ENV: z.string().default('development'),
  BACKEND_DATABASE_URL: optional,
  REDIS_URL: optional,
  MEDUSA_WORKER_MODE: z.enum(['shared', 'worker', 'server']).default('shared'),
  MEDUSA_ADMIN_DISABLED: flag,
  /** pino's level for the backend's JSON log (stderr); `http` adds one line per request. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'http', 'debug', 'trace', 'silent']).default('http'),
  JWT_PRIVATE_KEY: pem,
  JWT_PUBLIC_KEY: pem,
  JWT_ISSUER: z.string().default('ocop-backend'),
  BACKEND_JWT_SECRET: optional,
  BACKEND_COOKIE_SECRET: optional,
  BACKEND_PUBLIC_URL: optional.pipe(z.string().url().optional()),
  STORE_CORS: z.string().default('http://localhost:3000'),
  ADMIN_CORS: z.string().default('http://localhost:9000'),
  AUTH_CORS: z.string().default('http://localhost:3000,http://localhost:9000'),
  REGISTRY_URL: z.string().url().default('http://localhost:4000'),
  REGISTRY_WEBHOOK_SECRET: optional,
  STRIPE_API_KEY: optional,
  STRIPE_WEBHOOK_SECRET: optional,
  STRIPE_PUBLISHABLE_KEY: optional,
  /** Comma-separated addresses or CIDRs whose X-Forwarded-For is believed ("false": none). */
  TRUST_PROXY: z.string().default('false'),
});

export type BackendEnv = z.infer<typeof schema> & {
  production: boolean;
  /** ES256 with the key pair, else (development only) HMAC with a development secret. */
  jwt: { privateKey: string; publicKey: string } | { secret: string };
  cookieSecret: string;
};

/** What production must set, with why each one matters when it is missing. */
function productionProblems(env: z.infer<typeof schema>): string[] {
  const problems: string[] = [];
  const secret = (name: keyof typeof env, minLength: number, what: string) => {
    const value = env[name] as string | undefined;
    if (!value) problems.push(`${name} is missing (${what})`);
    else if (DEVELOPMENT_SECRETS.has(value)) problems.push(`${name} is a development value (${what})`);
    else if (value.length < minLength)
      problems.push(`${name} is shorter than ${minLength} characters (${what})`);
  };
  const key = (name: 'JWT_PRIVATE_KEY' | 'JWT_PUBLIC_KEY', kind: string) => {
    const value = env[name];
    if (!value) problems.push(`${name} is missing (the ES256 ${kind} key, PEM)`);
    else if (!value.includes('-----BEGIN')) problems.push(`${name} is not a PEM key`);
  };
  key('JWT_PRIVATE_KEY', 'signing');
  key('JWT_PUBLIC_KEY', 'verification');
  secret('BACKEND_COOKIE_SECRET', 32, 'signs session cookies');
  secret('REGISTRY_WEBHOOK_SECRET', 16, "checks the registry's signed events");
  if (!env.BACKEND_DATABASE_URL) problems.push('BACKEND_DATABASE_URL is missing');
  if (env.STRIPE_API_KEY && !env.STRIPE_WEBHOOK_SECRET) {
    problems.push("STRIPE_WEBHOOK_SECRET is missing while STRIPE_API_KEY is set (checks Stripe's webhooks)");
  }
  return problems;
}

export function parseBackendEnv(source: Record<string, string | undefined> = process.env): BackendEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    throw new EnvError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const env = parsed.data;
  const production = env.NODE_ENV === 'production';
  if (production) {
    const problems = productionProblems(env);
    if (problems.length > 0) throw new EnvError(problems);
  }
  // Without a key pair (a bare `medusa develop`) tokens are HMAC-signed; the registry refuses them.
  const jwt =
    env.JWT_PRIVATE_KEY && env.JWT_PUBLIC_KEY
      ? { privateKey: env.JWT_PRIVATE_KEY, publicKey: env.JWT_PUBLIC_KEY }
      : { secret: env.BACKEND_JWT_SECRET ?? 'dev-only-jwt-secret' };
  return {
    ...env,
    production,
    jwt,
    cookieSecret: env.BACKEND_COOKIE_SECRET ?? 'dev-only-cookie-secret',
  };
}

let cached: BackendEnv | undefined;

/** The process's environment, parsed once (tests that change process.env call parseBackendEnv). */
export function backendEnv(): BackendEnv {
  cached ??= parseBackendEnv();
  return cached;
}

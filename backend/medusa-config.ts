import { defineConfig, loadEnv } from '@medusajs/framework/utils';
import { parseBackendEnv } from './src/env';
import { createPinoLogger } from './src/lib/logging/pino-logger';
import { vietQrAccountFromEnv } from './src/lib/payments/vietqr';

loadEnv(process.env.NODE_ENV || 'development', process.cwd());
// After loadEnv, so .env files count. With NODE_ENV=production a missing or development secret
// stops the boot here, naming each one (src/env.ts).
const env = parseBackendEnv();

// Tokens are ES256 so the registry needs only the public key (docs/decisions/006). Without a
// key pair (development only), an HMAC secret is used and the registry will not accept its tokens.
const jwtConfig =
  'privateKey' in env.jwt
    ? {
        jwtSecret: env.jwt.privateKey,
        jwtPublicKey: env.jwt.publicKey,
        jwtExpiresIn: '8h',
        jwtOptions: { algorithm: 'ES256' as const, issuer: env.JWT_ISSUER },
        jwtVerifyOptions: { algorithms: ['ES256' as const], issuer: env.JWT_ISSUER },
      }
    : { jwtSecret: env.jwt.secret };

/**
 * Production mode (docs/decisions/008): with REDIS_URL, events, workflows, locks and the cache
 * live in Redis, so several server and worker processes (MEDUSA_WORKER_MODE) share them.
 * Without it, Medusa's in-process defaults serve one process (development, tests).
 */
const redisUrl = env.REDIS_URL;
const redisModules = redisUrl
  ? [
      {
        resolve: '@medusajs/medusa/event-bus-redis',
        options: {
          redisUrl,
          // Finished jobs are cleaned up instead of piling up in Redis.
          jobOptions: { removeOnComplete: { age: 3600, count: 1000 }, removeOnFail: { age: 7 * 86400 } },
        },
      },
      { resolve: '@medusajs/medusa/workflow-engine-redis', options: { redis: { redisUrl } } },
      {
        resolve: '@medusajs/medusa/locking',
        options: {
          providers: [
            {
              resolve: '@medusajs/medusa/locking-redis',
              id: 'locking-redis',
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
      {
        resolve: '@medusajs/medusa/caching',
        options: {
          providers: [
            {
              resolve: '@medusajs/medusa/caching-redis',
              id: 'caching-redis',
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  : [];
/**
 * Medusa's Payment Module with the marketplace's own providers — cash on delivery
 * (`pp_cod_ocop`) and VietQR transfer (`pp_vietqr_ocop`, offered when VIETQR_* is set) — and
 * cards through Stripe when its key is set (capture later, when the producer ships; the webhook
 * /hooks/payment/stripe_stripe is verified with STRIPE_WEBHOOK_SECRET). Medusa adds its system
 * provider itself.
 */
const paymentModule = {
  resolve: '@medusajs/medusa/payment',
  options: {
    providers: [
      { resolve: './src/modules/ocop-payment', id: 'ocop', options: { vietqr: vietQrAccountFromEnv() } },
      ...(env.STRIPE_API_KEY
        ? [
            {
              resolve: '@medusajs/medusa/payment-stripe',
              id: 'stripe',
              options: {
                apiKey: env.STRIPE_API_KEY,
                webhookSecret: env.STRIPE_WEBHOOK_SECRET,
                capture: false,
              },
            },
          ]
        : []),
    ],
  },
};
module.exports = defineConfig({
  // JSON lines with the request id (src/lib/logging); LOG_LEVEL=http adds one line per request.
  logger: createPinoLogger(env.LOG_LEVEL),
  projectConfig: {
    databaseUrl: env.BACKEND_DATABASE_URL,
    ...(redisUrl ? { redisUrl } : {}),
    workerMode: env.MEDUSA_WORKER_MODE,
    http: {
      storeCors: env.STORE_CORS,
      adminCors: env.ADMIN_CORS,
      authCors: env.AUTH_CORS,
      ...jwtConfig,
      cookieSecret: env.cookieSecret,
    },
  },
  // The admin build costs ~30 s and 1.7 GB: tests and CI turn it off.
  admin: { disable: env.MEDUSA_ADMIN_DISABLED },
  modules: [
    { resolve: './src/modules/seller' },
    { resolve: './src/modules/official' },
    { resolve: './src/modules/catalog' },
    { resolve: './src/modules/marketplace' },
    { resolve: './src/modules/registry-inbox' },
    ...redisModules,
    paymentModule,
  ],
});

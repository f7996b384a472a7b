import { defineConfig, loadEnv } from '@medusajs/framework/utils';

loadEnv(process.env.NODE_ENV || 'development', process.cwd());

// Tokens are ES256 so the registry needs only the public key (docs/decisions/006). Without a
// key pair (a bare `medusa develop`), Medusa's default HMAC secret is used and the registry
// will not accept its tokens.
const privateKey = process.env.JWT_PRIVATE_KEY?.replaceAll('\\n', '\n');
const publicKey = process.env.JWT_PUBLIC_KEY?.replaceAll('\\n', '\n');
const issuer = process.env.JWT_ISSUER ?? 'ocop-backend';
const asymmetric =
  privateKey && publicKey
    ? {
        jwtSecret: privateKey,
        jwtPublicKey: publicKey,
        jwtExpiresIn: '8h',
        jwtOptions: { algorithm: 'ES256' as const, issuer },
        jwtVerifyOptions: { algorithms: ['ES256' as const], issuer },
      }
    : { jwtSecret: process.env.BACKEND_JWT_SECRET ?? 'dev-only-jwt-secret' };

/**
 * Production mode (docs/decisions/008): with REDIS_URL, events, workflows, locks and the cache
 * live in Redis, so several server and worker processes (MEDUSA_WORKER_MODE) share them.
 * Without it, Medusa's in-process defaults serve one process (development, tests).
 */
const redisUrl = process.env.REDIS_URL;
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
 * Cards through Stripe when its key is set (capture later, when the producer ships); the
 * webhook (/hooks/payment/stripe_stripe) is verified with STRIPE_WEBHOOK_SECRET.
 */
const stripeModules = process.env.STRIPE_API_KEY
  ? [
      {
        resolve: '@medusajs/medusa/payment',
        options: {
          providers: [
            {
              resolve: '@medusajs/medusa/payment-stripe',
              id: 'stripe',
              options: {
                apiKey: process.env.STRIPE_API_KEY,
                webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
                capture: false,
              },
            },
          ],
        },
      },
    ]
  : [];
const workerMode = process.env.MEDUSA_WORKER_MODE as 'shared' | 'worker' | 'server' | undefined;

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.BACKEND_DATABASE_URL,
    ...(redisUrl ? { redisUrl } : {}),
    workerMode: workerMode ?? 'shared',
    http: {
      storeCors: process.env.STORE_CORS ?? 'http://localhost:3000',
      adminCors: process.env.ADMIN_CORS ?? 'http://localhost:9000',
      authCors: process.env.AUTH_CORS ?? 'http://localhost:3000,http://localhost:9000',
      ...asymmetric,
      cookieSecret: process.env.BACKEND_COOKIE_SECRET ?? 'dev-only-cookie-secret',
    },
  },
  // The admin build costs ~30 s and 1.7 GB: tests and CI turn it off.
  admin: { disable: process.env.MEDUSA_ADMIN_DISABLED === 'true' },
  modules: [
    { resolve: './src/modules/seller' },
    { resolve: './src/modules/official' },
    { resolve: './src/modules/catalog' },
    { resolve: './src/modules/marketplace' },
    ...redisModules,
    ...stripeModules,
  ],
});

import { defineConfig, loadEnv } from '@medusajs/framework/utils';

loadEnv(process.env.NODE_ENV || 'development', process.cwd());

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.BACKEND_DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS ?? 'http://localhost:3000',
      adminCors: process.env.ADMIN_CORS ?? 'http://localhost:9000',
      authCors: process.env.AUTH_CORS ?? 'http://localhost:3000,http://localhost:9000',
      jwtSecret: process.env.BACKEND_JWT_SECRET ?? 'dev-only-jwt-secret',
      cookieSecret: process.env.BACKEND_COOKIE_SECRET ?? 'dev-only-cookie-secret',
    },
  },
  // The admin build costs ~30 s and 1.7 GB: tests and CI turn it off.
  admin: { disable: process.env.MEDUSA_ADMIN_DISABLED === 'true' },
  modules: [{ resolve: './src/modules/seller' }],
});

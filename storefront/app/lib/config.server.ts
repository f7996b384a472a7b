/** The storefront's settings, from the environment only (see ../../.env.example). */
function url(name: string, fallback: string): string {
  return (process.env[name] ?? fallback).replace(/\/$/, '');
}

export const config = {
  backendUrl: url('BACKEND_URL', 'http://localhost:9000'),
  registryUrl: url('REGISTRY_URL', 'http://localhost:4000'),
  /** Where this storefront is reachable by people: canonical links, sitemap, OpenGraph. */
  publicUrl: url('STOREFRONT_URL', `http://localhost:${process.env.PORT ?? 3000}`),
  get publishableKey(): string {
    const key = process.env.MEDUSA_PUBLISHABLE_KEY;
    if (!key) throw new Error('MEDUSA_PUBLISHABLE_KEY is not set (npm start prints and passes it).');
    return key;
  },
  sessionSecret: process.env.SESSION_SECRET ?? 'dev-only-session-secret-change-me',
};

if (process.env.NODE_ENV === 'production' && !process.env.SESSION_SECRET) {
  console.warn('[storefront] SESSION_SECRET is not set: using a development secret.');
}

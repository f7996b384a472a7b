import { createHmac, timingSafeEqual } from 'node:crypto';
import { type RegistryClient, registryClient } from './registry-client';

export interface SubscriptionSettings {
  secret: string | undefined;
  publicUrl: string;
  name: string;
}

export function subscriptionSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): SubscriptionSettings {
  return {
    secret: env.REGISTRY_WEBHOOK_SECRET,
    publicUrl: (env.BACKEND_PUBLIC_URL ?? `http://localhost:${env.PORT ?? 9000}`).replace(/\/$/, ''),
    name: env.REGISTRY_SUBSCRIBER_NAME ?? 'ocop-backend',
  };
}

/** Subscribes this backend to certificate events (an upsert on the registry's side). */
export async function ensureRegistrySubscription(
  settings: SubscriptionSettings = subscriptionSettingsFromEnv(),
  client: RegistryClient = registryClient(),
): Promise<boolean> {
  if (!settings.secret) return false;
  await client.subscribe({
    name: settings.name,
    url: `${settings.publicUrl}/hooks/registry`,
    secret: settings.secret,
  });
  return true;
}

/** Checks `x-ocop-signature: sha256=<hex HMAC of the raw body>` in constant time. */
export function verifyRegistrySignature(
  rawBody: Buffer | string,
  header: string | undefined,
  secret: string,
): boolean {
  const given = /^sha256=([0-9a-f]{64})$/.exec(header ?? '')?.[1];
  if (!given) return false;
  const expected = createHmac('sha256', secret).update(rawBody).digest();
  return timingSafeEqual(expected, Buffer.from(given, 'hex'));
}

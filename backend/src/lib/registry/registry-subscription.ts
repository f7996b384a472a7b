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

/** Subscribes this backend to certificate and binding events (an upsert on the registry's side). */
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

/** How far a delivery's timestamp may be from this clock (docs/decisions/012). */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export type SignatureCheck = { ok: true } | { ok: false; code: 'invalid_signature' | 'stale_signature' };

/**
 * Checks a registry delivery: `x-ocop-signature: t=<unix seconds>,v1=<hex HMAC-SHA-256 of
 * "<t>.<raw body>">`, with `x-ocop-timestamp` equal to t and within 300 s of `now`. The time is
 * signed with the body, so an old delivery cannot be sent again with a new time; the old
 * `sha256=<hex>` form (no time) is refused.
 */
export function verifyRegistrySignature(
  rawBody: Buffer | string,
  headers: { signature: string | undefined; timestamp: string | undefined },
  secret: string,
  now: Date = new Date(),
): SignatureCheck {
  const parts = new Map<string, string[]>();
  for (const part of (headers.signature ?? '').split(',')) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    const key = part.slice(0, at).trim();
    parts.set(key, [...(parts.get(key) ?? []), part.slice(at + 1).trim()]);
  }
  const t = parts.get('t')?.[0];
  const given = (parts.get('v1') ?? []).filter((v) => /^[0-9a-f]{64}$/.test(v));
  if (!t || !/^\d{1,12}$/.test(t) || t !== headers.timestamp || given.length === 0) {
    return { ok: false, code: 'invalid_signature' };
  }
  const expected = createHmac('sha256', secret).update(`${t}.`).update(rawBody).digest();
  if (!given.some((v) => timingSafeEqual(expected, Buffer.from(v, 'hex')))) {
    return { ok: false, code: 'invalid_signature' };
  }
  // Checked after the signature, so an unsigned request learns nothing about the clock.
  if (Math.abs(now.getTime() / 1000 - Number(t)) > SIGNATURE_TOLERANCE_SECONDS) {
    return { ok: false, code: 'stale_signature' };
  }
  return { ok: true };
}

/** Signs a delivery as the registry does (tests and tools that play the registry). */
export function signRegistryDelivery(rawBody: string, secret: string, now: Date = new Date()) {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const v1 = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
  return { 'x-ocop-timestamp': timestamp, 'x-ocop-signature': `t=${timestamp},v1=${v1}` };
}

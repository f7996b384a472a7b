import { randomUUID } from 'node:crypto';
import { certificateExpiresAt, reEvaluationWindow } from '@ocop/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRegistry, type TestRegistry } from '../testing/create-test-registry';
import { issueAndWait, seedShop } from '../testing/seed-producer';
import { markExpirations } from './mark-expirations';

// Decision 26, Art. 7.6a and 12.3: the re-evaluation is filed 180–120 days before expiry; a timely
// filing still undecided at expiry keeps the certificate valid (extended), at most 180 days past it.

let registry: TestRegistry;
let official: string;
const DAY = 86_400_000;

beforeAll(async () => {
  registry = await createTestRegistry();
  official = await registry.tokens.official();
});
afterAll(() => registry.close());

/** An issue date whose 36-month certificate expires `days` from now (negative: in the past). */
function issuedFor(days: number): string {
  const target = Date.now() + days * DAY;
  const guess = new Date(target);
  guess.setUTCFullYear(guess.getUTCFullYear() - 3);
  // Certificates expire on Vietnamese calendar days: nudge until the expiry lands within a day.
  const drift = certificateExpiresAt(guess).getTime() - target;
  return new Date(guess.getTime() - drift).toISOString();
}

const file = (id: string, token: string, body: object = {}) =>
  registry.request('POST', `/v1/certificates/${id}/re-evaluation`, { token, body });
const read = async (id: string) =>
  (await registry.request('GET', `/v1/certificates/${id}`, { token: official })).json();
const JSON_V = (version: string) => ({ accept: 'application/json', 'ocop-verdict-version': version });

describe('filing a re-evaluation', () => {
  it('takes the producer’s filing inside the window, once, and shows it as pending', async () => {
    const shop = await seedShop(registry, { issuedAt: issuedFor(150) });
    const before = await read(shop.certificateId);
    expect(before.standing).toMatchObject({ state: 'expiring', phase: 'open', reEvaluationDue: true });
    const filed = await file(shop.certificateId, shop.sellerToken);
    const body = await filed.json();
    expect(filed.status, JSON.stringify(body)).toBe(200);
    expect(body.reEvaluationFiledAt).not.toBeNull();
    expect(body.standing).toMatchObject({
      state: 'expiring',
      reEvaluationPending: true,
      reEvaluationDue: false,
    });
    const again = await file(shop.certificateId, official);
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('re_evaluation_already_filed');
  });

  it('refuses a filing before the window opens, and says when it opens', async () => {
    const shop = await seedShop(registry, { issuedAt: issuedFor(300) });
    const early = await file(shop.certificateId, shop.sellerToken);
    const body = await early.json();
    expect(early.status).toBe(409);
    expect(body.error.code).toBe('re_evaluation_not_open');
    const { expiresAt } = await read(shop.certificateId);
    expect(body.error.details.opensAt).toBe(reEvaluationWindow(new Date(expiresAt)).opensAt.toISOString());
    // Backdating does not help: a filing is dated inside the window or not at all.
    const backdated = await file(shop.certificateId, official, { filedAt: '2025-01-01T00:00:00Z' });
    expect((await backdated.json()).error.code).toBe('re_evaluation_not_open');
    const future = await file(shop.certificateId, official, { filedAt: new Date(Date.now() + 2 * DAY) });
    expect(future.status).toBe(400);
  });

  it('lets only the producer itself or an issuing official of its province file', async () => {
    const shop = await seedShop(registry, { issuedAt: issuedFor(140) });
    const other = await seedShop(registry, { issuedAt: issuedFor(140) });
    expect((await file(shop.certificateId, other.sellerToken)).status).toBe(404);
    const hanoi = await registry.tokens.official(['issuer'], 'Hà Nội');
    expect((await file(shop.certificateId, hanoi)).status).toBe(403);
    const inspector = await registry.tokens.official(['inspector'], 'An Giang');
    expect((await file(shop.certificateId, inspector)).status).toBe(403);
    const anonymous = await registry.request('POST', `/v1/certificates/${shop.certificateId}/re-evaluation`, {
      body: {},
    });
    expect(anonymous.status).toBe(401);
    // Refusing is the council's: a producer cannot refuse (or un-extend) its own certificate either.
    await file(shop.certificateId, shop.sellerToken);
    const refusedBySeller = await registry.request(
      'POST',
      `/v1/certificates/${shop.certificateId}/re-evaluation/refusal`,
      { token: shop.sellerToken, body: { decisionNumber: 'QĐ-1/2026' } },
    );
    expect(refusedBySeller.status).toBe(403);
    expect((await read(shop.certificateId)).reEvaluationDecidedAt).toBeNull();
  });

  it('does not re-evaluate a certificate that has lapsed or was revoked', async () => {
    const lapsed = await seedShop(registry, { issuedAt: issuedFor(-5) });
    const late = await file(lapsed.certificateId, official);
    expect(late.status).toBe(409);
    expect((await late.json()).error.code).toBe('certificate_not_active');
    const revoked = await seedShop(registry, { issuedAt: issuedFor(130) });
    await registry.request('POST', `/v1/certificates/${revoked.certificateId}/revoke`, {
      token: official,
      body: { reason: 'quality_violation', decisionNumber: 'QĐ-9/2026' },
    });
    expect((await (await file(revoked.certificateId, revoked.sellerToken)).json()).error.code).toBe(
      'certificate_not_active',
    );
  });
});

describe('an extended certificate', () => {
  it('stays valid past expiry while its timely filing is pending, says so by contract version, and lapses when refused', async () => {
    const shop = await seedShop(registry, { issuedAt: issuedFor(-10) });
    const { expiresAt } = await read(shop.certificateId);
    // The producer filed on paper 130 days before expiry; the official records it now.
    const filedAt = new Date(new Date(expiresAt).getTime() - 130 * DAY).toISOString();
    const filed = await file(shop.certificateId, official, { filedAt });
    expect(filed.status).toBe(200);
    const view = await filed.json();
    expect(view.status).toBe('expiring');
    expect(view.standing).toMatchObject({
      state: 'extended',
      reEvaluationPending: true,
      validUntil: reEvaluationWindow(new Date(expiresAt)).extensionEndsAt.toISOString(),
    });
    // In force: the producer may still stamp its packs.
    const [url] = await issueAndWait(registry, shop, 1);

    const path = new URL(url as string).pathname;
    const v3 = await registry.request('GET', path, { headers: JSON_V('3') });
    const v3Body = await v3.json();
    expect(v3.headers.get('ocop-verdict-version')).toBe('3');
    expect(v3Body.verdict).toBe('genuine');
    expect(v3Body.certificate.status).toBe('extended');
    for (const version of ['2', '1']) {
      const older = await (await registry.request('GET', path, { headers: JSON_V(version) })).json();
      expect(older.certificate.status, `v${version}`).toBe('expiring');
      expect(older.verdict).toBe('genuine_seen_before');
    }
    const page = await (await registry.request('GET', path, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('Gia hạn chờ kết quả đánh giá lại');

    const listed = async (q: string) =>
      (
        (await (await registry.request('GET', `/v1/certificates?${q}`, { token: official })).json())
          .certificates as Array<{
          id: string;
        }>
      ).some((c) => c.id === shop.certificateId);
    expect(await listed(`state=extended&producerId=${shop.producerId}`)).toBe(true);
    expect(await listed(`status=expiring&producerId=${shop.producerId}`)).toBe(true);
    expect(await listed(`status=expired&producerId=${shop.producerId}`)).toBe(false);
    expect(await listed(`state=expired&producerId=${shop.producerId}`)).toBe(false);

    // The hourly job does not announce an extended certificate as expired.
    await markExpirations(registry.deps.db, registry.deps.jobs, new Date());
    const notified = async () =>
      (
        await registry.deps.db.execute<{ expired_notified_at: Date | null; events: number }>(sql`
          select expired_notified_at,
                 (select count(*)::int from outbox o where o.aggregate_id = c.id::text and o.topic = 'certificate.expired') as events
          from certificates c where c.id = ${shop.certificateId}`)
      )[0];
    expect(await notified()).toMatchObject({ expired_notified_at: null, events: 0 });

    const refusal = await registry.request(
      'POST',
      `/v1/certificates/${shop.certificateId}/re-evaluation/refusal`,
      {
        token: official,
        body: { decisionNumber: `QĐ-${randomUUID().slice(0, 6)}/2026` },
      },
    );
    const refused = await refusal.json();
    expect(refusal.status, JSON.stringify(refused)).toBe(200);
    expect(refused).toMatchObject({
      status: 'expired',
      standing: { state: 'expired', reEvaluationPending: false },
    });
    expect((await notified())?.events).toBe(1);
    await markExpirations(registry.deps.db, registry.deps.jobs, new Date());
    expect((await notified())?.events).toBe(1);
    const after = await (await registry.request('GET', path, { headers: JSON_V('3') })).json();
    expect(after.verdict).toBe('certificate_expired');
    const twice = await registry.request(
      'POST',
      `/v1/certificates/${shop.certificateId}/re-evaluation/refusal`,
      {
        token: official,
        body: { decisionNumber: 'QĐ-2/2026' },
      },
    );
    expect(twice.status).toBe(409);
  });

  it('is decided by its renewal, which is scored on the sheets in force when it was filed', async () => {
    const shop = await seedShop(registry, { issuedAt: issuedFor(-3) });
    expect((await read(shop.certificateId)).scorecardVersion).toBe('qd148-2023');
    const { expiresAt } = await read(shop.certificateId);
    const filedAt = new Date(new Date(expiresAt).getTime() - 125 * DAY).toISOString();
    expect((await file(shop.certificateId, shop.sellerToken, { filedAt })).status).toBe(200);
    const renewal = await registry.request('POST', `/v1/certificates/${shop.certificateId}/renew`, {
      token: official,
      body: {
        number: `AG-${randomUUID().slice(0, 12)}`,
        scores: { A: 30, B: 20, C: 25 },
        issuingLevel: 'province',
        issuerName: 'UBND tỉnh An Giang',
        decisionNumber: 'QĐ-345/2026',
        issuedAt: new Date().toISOString(),
      },
    });
    const renewed = await renewal.json();
    expect(renewal.status, JSON.stringify(renewed)).toBe(201);
    expect(renewed).toMatchObject({ status: 'active', scorecardVersion: 'qd26-2026' });
    const old = await read(shop.certificateId);
    expect(old.reEvaluationDecision).toBe('QĐ-345/2026');
    expect(old.reEvaluationDecidedAt).not.toBeNull();
    // The old one is history now: nothing more is filed on it.
    expect((await (await file(shop.certificateId, official)).json()).error.code).toBe(
      'certificate_not_active',
    );
  });
});

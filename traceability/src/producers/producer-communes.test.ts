import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRegistry, type TestRegistry } from '../testing/create-test-registry';
import { seedShop } from '../testing/seed-producer';
import { backfillCommuneCodes } from './backfill-commune-codes';

// Producers' communes are checked against the 3,321 communes of 1 July 2025 and stored with their
// official code (primer: Money, places, language).

let registry: TestRegistry;
let official: string;
beforeAll(async () => {
  registry = await createTestRegistry();
  official = await registry.tokens.official(['issuer'], 'An Giang');
});
afterAll(() => registry.close());

const number = () => `HTX${Date.now()}${randomInt(1000)}`.slice(-14);
const register = async (place: Record<string, unknown>, token = official) => {
  const r = await registry.request('POST', '/v1/producers', {
    token,
    body: { legalName: 'Hợp tác xã Thử', kind: 'cooperative', registrationNumber: number(), ...place },
  });
  return { status: r.status, body: await r.json() };
};

describe('registering a producer', () => {
  it('stores the commune typed without tones under its official name and code', async () => {
    const r = await register({ province: 'An Giang', commune: 'phuong chau doc' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ commune: 'Phường Châu Đốc', communeCode: '30316' });
    const read = await registry.request('GET', `/v1/producers/${r.body.id}`, { token: official });
    expect(await read.json()).toMatchObject({ communeCode: '30316' });
  });

  it('takes the code alone, and the other tone-mark placement (Hòa / Hoà) by name', async () => {
    expect((await register({ province: 'An Giang', communeCode: '31078' })).body).toMatchObject({
      commune: 'Đặc khu Phú Quốc',
      communeCode: '31078',
    });
    expect((await register({ province: 'An Giang', commune: 'Xã Mỹ Hòa Hưng' })).body).toMatchObject({
      commune: 'Xã Mỹ Hoà Hưng',
      communeCode: '30313',
    });
  });

  it.each([
    ['a commune not on the 2025 list', { commune: 'Xã Tịnh Biên' }, 'unknown_commune'],
    ['an unknown code', { communeCode: '99999' }, 'unknown_commune'],
    [
      'a code and a name that disagree',
      { communeCode: '31078', commune: 'Phường Châu Đốc' },
      'unknown_commune',
    ],
    ['a commune of another province', { commune: 'Xã Hoà An' }, 'commune_not_in_province'],
    ['no commune at all', {}, 'unknown_commune'],
  ])('refuses %s with a 400 and its own code, and writes nothing', async (_, place, code) => {
    const before = await registry.deps.sql`select count(*)::int as n from producers`;
    const r = await register({ province: 'An Giang', ...place });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code });
    expect(r.body.error.message).toMatch(/\w/);
    const after = await registry.deps.sql`select count(*)::int as n from producers`;
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it('checks the role before the commune: a seller gets 403 whatever it sends', async () => {
    const { sellerToken: seller } = await seedShop(registry);
    expect((await register({ province: 'An Giang', commune: 'nowhere' }, seller)).status).toBe(403);
  });
});

describe('records made before codes were kept', () => {
  it('get the code of the commune their name and province name, after migration', async () => {
    const [row] = await registry.deps.sql<{ id: string }[]>`
      insert into producers (legal_name, kind, province, commune)
      values ('Hộ kinh doanh Cũ', 'household_business', 'An Giang', 'Phuong Long Xuyen') returning id`;
    const [lost] = await registry.deps.sql<{ id: string }[]>`
      insert into producers (legal_name, kind, province, commune)
      values ('Hộ kinh doanh Lạc', 'household_business', 'An Giang', 'Xã Không Có') returning id`;
    const result = await backfillCommuneCodes(registry.deps.sql);
    expect(result.filled).toBeGreaterThanOrEqual(1);
    const rows = await registry.deps.sql<{ id: string; commune: string; commune_code: string | null }[]>`
      select id, commune, commune_code from producers where id in (${row?.id as string}, ${lost?.id as string})`;
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId[row?.id as string]).toMatchObject({ commune: 'Phường Long Xuyên', commune_code: '30307' });
    expect(byId[lost?.id as string]).toMatchObject({ commune: 'Xã Không Có', commune_code: null });
    expect((await backfillCommuneCodes(registry.deps.sql)).filled).toBe(0);
  });
});

import { TtlCache } from '../../ttl-cache';
import type { RegistryBatch, RegistryClient } from '../registry-client';
import { RegistryFacts } from '../registry-facts';

const batch = (code: string, producedAt: string): RegistryBatch => ({
  id: code,
  productId: 'prod-1',
  code,
  producedAt,
  nextSeq: 0,
  createdAt: producedAt,
  batchStampUrl: `https://registry.example/OCOP/P1/${code}`,
  bestBefore: '2027-06-01',
  quantity: 500,
  rawMaterialOrigin: 'Cá linh đầu nguồn, Tân Châu',
  standards: ['TCVN 5107:2018'],
});

describe('RegistryFacts', () => {
  it('shows the most recent batch by production date, asking the registry once a minute', async () => {
    const batches = jest.fn(async () => [
      batch('L2', '2026-09-01T00:00:00Z'),
      batch('L3', '2026-10-15T00:00:00Z'),
      batch('L1', '2026-08-01T00:00:00Z'),
    ]);
    const facts = new RegistryFacts({ batches } as unknown as RegistryClient, 500);
    const first = await facts.latestBatch('p1');
    expect(first).toEqual({
      code: 'L3',
      produced_at: '2026-10-15T00:00:00Z',
      best_before: '2027-06-01',
      standards: ['TCVN 5107:2018'],
      raw_material_origin: 'Cá linh đầu nguồn, Tân Châu',
    });
    expect(await facts.latestBatch('p1')).toBe(first);
    expect(batches).toHaveBeenCalledTimes(1);
    expect(batches).toHaveBeenCalledWith('p1', 500);
    expect(
      await new RegistryFacts({ batches: async () => [] } as unknown as RegistryClient).latestBatch('p2'),
    ).toBe(null);
  });

  it('answers null, and logs why, when the registry fails or does not answer in time', async () => {
    const warn = jest.fn();
    const client = {
      producer: async () => {
        throw new Error('The OCOP registry did not answer: timeout');
      },
      batches: async () => {
        throw new Error('The OCOP registry did not answer: timeout');
      },
    } as unknown as RegistryClient;
    const facts = new RegistryFacts(client);
    expect(await facts.producer('x', { warn } as never)).toBeNull();
    expect(await facts.latestBatch('y', { warn } as never)).toBeNull();
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it("maps the registry's producer to the storefront's fields", async () => {
    const client = {
      producer: async () => ({
        id: 'x',
        legalName: 'Hợp tác xã Mắm Châu Đốc',
        kind: 'cooperative',
        province: 'An Giang',
        commune: 'Phường Châu Đốc',
        addressLine: '12 Trưng Nữ Vương',
      }),
    } as unknown as RegistryClient;
    expect(await new RegistryFacts(client).producer('x')).toEqual({
      legal_name: 'Hợp tác xã Mắm Châu Đốc',
      kind: 'cooperative',
      address: '12 Trưng Nữ Vương',
      province: 'An Giang',
      commune: 'Phường Châu Đốc',
    });
  });
});

describe('TtlCache', () => {
  it('loads again after the time to live, forgets failures, and keeps at most maxEntries', async () => {
    let now = 0;
    const cache = new TtlCache<number>(1_000, 2, () => now);
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get('a', load)).toBe(1);
    expect(await cache.get('a', load)).toBe(1);
    now = 1_001;
    expect(await cache.get('a', load)).toBe(2);
    await expect(cache.get('b', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('b', load)).toBe(3);
    await cache.get('c', load); // evicts "a", the oldest
    expect(await cache.get('a', load)).toBe(5);
  });
});

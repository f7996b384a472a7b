import postgres from 'postgres';
import { describe, expect, inject, it } from 'vitest';
import { backendDatabaseUrl, backendEnv, medusa } from '../../scripts/prepare-backend';
import { prepareRegistryDatabase } from '../../scripts/prepare-registry-database';

/**
 * A second `npm start` on the same data runs every seed step again (docs: README quick start).
 * The registry's and the backend's demo seeds run here a second time on the running platform's
 * databases, as a restart would run them, and must change nothing: the same rows, the same
 * ledger, no refused event ("already recorded with other data" stopped the second start before).
 */
const REGISTRY_COUNTS = ['producers', 'products', 'certificates', 'batches', 'stamp_issuances'] as const;
/** The demo's own ledger rows: other tests' checkouts may reach the ledger meanwhile. */
const DEMO_SALES = `from sales_events where order_ref like 'OCOPDEMO-%' or order_ref like 'DEMO-%'`;
const BACKEND_COUNTS = {
  demo_orders: `select count(*)::int as n from "order" where metadata->>'demo' = 'true'`,
  sellers: 'select count(*)::int as n from seller where deleted_at is null',
  listings: 'select count(*)::int as n from ocop_listing where deleted_at is null',
  sales_outbox: 'select count(*)::int as n from ocop_sales_outbox',
  products: 'select count(*)::int as n from product where deleted_at is null',
  officials: 'select count(*)::int as n from official where deleted_at is null',
} as const;

async function snapshot(registryUrl: string, backendUrl: string) {
  const registry = postgres(registryUrl, { max: 1, onnotice: () => {} });
  const backend = postgres(backendUrl, { max: 1, onnotice: () => {} });
  try {
    const counts: Record<string, number> = {};
    for (const table of REGISTRY_COUNTS) {
      const [row] = await registry.unsafe(`select count(*)::int as n from ${table}`);
      counts[`registry.${table}`] = row?.n as number;
    }
    const [ledger] = await registry.unsafe(
      `select count(*)::int as n, coalesce(sum(quantity), 0)::bigint::text as quantity,
              coalesce(sum(amount_vnd), 0)::bigint::text as amount ${DEMO_SALES}`,
    );
    counts['registry.ledger_events'] = ledger?.n as number;
    counts['registry.ledger_quantity'] = Number(ledger?.quantity);
    counts['registry.ledger_amount_vnd'] = Number(ledger?.amount);
    for (const [name, query] of Object.entries(BACKEND_COUNTS)) {
      const [row] = await backend.unsafe(query);
      counts[`backend.${name}`] = row?.n as number;
    }
    return counts;
  } finally {
    await registry.end();
    await backend.end();
  }
}

/** Signs up as a new producer's shop, as the producers' portal would; answers the shop's id. */
async function registerNewProducerShop(backendUrl: string): Promise<string> {
  const post = async (path: string, body: unknown, token?: string) => {
    const response = await fetch(`${backendUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as Record<string, unknown>;
    if (!response.ok) throw new Error(`${path} → ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
  const email = `tra-sen-${Date.now()}@example.vn`;
  const { token } = (await post('/auth/seller/emailpass/register', { email, password: 'mat-khau-1234' })) as {
    token: string;
  };
  const { seller } = (await post(
    '/vendor/register',
    {
      handle: `tra-sen-${Date.now()}`,
      name: 'Trà sen Tịnh Biên',
      new_producer: {
        legal_name: 'Hộ kinh doanh Trà Sen Tịnh Biên',
        kind: 'household_business',
        province: 'An Giang',
        commune: 'Phường Tịnh Biên',
      },
    },
    token,
  )) as { seller: { id: string } };
  return seller.id;
}

describe('the demo seed, run a second time on the same databases', () => {
  const platform = inject('platform');

  it('changes nothing and refuses nothing', async () => {
    const env: Record<string, string> = {
      ...(Object.fromEntries(
        Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined),
      ) as Record<string, string>),
      ...platform.startEnv,
      PUBLIC_BASE_URL: platform.registryUrl,
      STAMP_ACTIVE_KEY_ID: 'A',
    };
    const backend = backendEnv(env, platform.databaseUrl);
    // A real producer joins between the two runs, new to the registry and without a registration
    // number: its shop stays pending, and the seed must neither choke on it nor approve it.
    const joined = await registerNewProducerShop(platform.backendUrl);
    const before = await snapshot(platform.databaseUrl, backendDatabaseUrl(platform.databaseUrl));
    expect(before['backend.demo_orders']).toBeGreaterThanOrEqual(500);
    expect(before['registry.ledger_events']).toBeGreaterThan(before['backend.demo_orders'] as number);

    const said: string[] = [];
    await prepareRegistryDatabase(platform.databaseUrl, env, (m) => said.push(m));
    expect(said.join('\n')).toContain('Demo data already present.');
    const tail = await medusa(['exec', './src/scripts/seed-demo.ts'], backend, 'reseed-test.log');
    expect(tail).toContain('Past orders created now: 0');
    expect(tail).toContain('products created now: 0');

    const after = await snapshot(platform.databaseUrl, backendDatabaseUrl(platform.databaseUrl));
    expect(after).toEqual(before);
    const db = postgres(backendDatabaseUrl(platform.databaseUrl), { max: 1, onnotice: () => {} });
    try {
      const [shop] = await db`select status from seller where id = ${joined}`;
      expect(shop?.status).toBe('pending');
    } finally {
      await db.end();
    }
  });
});

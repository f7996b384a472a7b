import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRegistry, type TestRegistry } from '../testing/create-test-registry';
import { issueAndWait, type SeededShop, seedShop } from '../testing/seed-producer';
// GS1's EPCIS 2.0 JSON schema, copied from /work/shared/gs1 (data only).
import epcisSchema from './schemas/EPCIS-JSON-Schema.json';

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validEpcis = ajv.compile(epcisSchema);

let registry: TestRegistry;
let shop: SeededShop;

beforeAll(async () => {
  registry = await createTestRegistry();
  shop = await seedShop(registry);
  await issueAndWait(registry, shop, 3);
});
afterAll(() => registry.close());

const addStep = (body: unknown, token = shop.sellerToken, batchId = shop.batchId) =>
  registry.request('POST', `/v1/batches/${batchId}/steps`, { token, body });

describe('production steps', () => {
  it('records steps in order, normalised, for the producer that owns the batch', async () => {
    const harvest = await addStep({
      stage: 'harvesting',
      occurredAt: '2026-09-20T23:00:00Z',
      place: 'Ao nuôi xã Vĩnh Tế',
      note: 'Cá linh đầu mùa nước nổi',
    });
    expect(harvest.status).toBe(201);
    const ferment = await addStep({
      stage: 'processing',
      occurredAt: '2026-09-21T02:00:00Z',
      place: 'Xưởng HTX, Phường Châu Đốc',
      inputs: ['Cá linh', 'Muối hột Bạc Liêu', 'Đường thốt nốt'.normalize('NFD')],
    });
    expect(ferment.status).toBe(201);
    const packed = await addStep({
      stage: 'packing',
      occurredAt: '2026-10-01T01:00:00Z',
      place: 'Xưởng HTX',
    });
    expect(packed.status).toBe(201);

    const list = await registry.request('GET', `/v1/batches/${shop.batchId}/steps`, {
      token: shop.sellerToken,
    });
    const { steps } = await list.json();
    expect(steps.map((s: any) => [s.position, s.stage])).toEqual([
      [0, 'harvesting'],
      [1, 'processing'],
      [2, 'packing'],
    ]);
    expect(steps[1].inputs[2]).toBe('Đường thốt nốt'.normalize('NFC'));
  });

  it("refuses another shop's batch, bad stages and dates, with 4xx and a code", async () => {
    const other = await seedShop(registry);
    const foreign = await addStep(
      { stage: 'packing', occurredAt: '2026-10-01T01:00:00Z', place: 'x' },
      other.sellerToken,
    );
    expect(foreign.status).toBe(404);
    const badStage = await addStep({ stage: 'teleporting', occurredAt: '2026-10-01T01:00:00Z', place: 'x' });
    expect(badStage.status).toBe(400);
    expect((await badStage.json()).error.code).toBe('validation_failed');
    const year9999 = await addStep({ stage: 'packing', occurredAt: '9999-01-01T00:00:00Z', place: 'x' });
    expect(year9999.status).toBe(400);
    const blank = await addStep({ stage: 'packing', occurredAt: '2026-10-01T01:00:00Z', place: '   ' });
    expect(blank.status).toBe(400);
  });

  it('shows the steps in the verdict of a stamp of the batch', async () => {
    const [url] = await issueAndWait(registry, shop, 1);
    const response = await registry.request('GET', new URL(url as string).pathname, {
      headers: { accept: 'application/json' },
    });
    const body = await response.json();
    expect(body.batch.steps.map((s: any) => s.stage)).toEqual(['harvesting', 'processing', 'packing']);
    expect(body.batch.steps[1]).toMatchObject({
      place: 'Xưởng HTX, Phường Châu Đốc',
      occurredAt: '2026-09-21T02:00:00.000Z',
    });
  });
});

describe('the EPCIS 2.0 export', () => {
  it("validates against GS1's EPCIS 2.0 JSON schema, one event per step plus commissioning", async () => {
    const response = await registry.request('GET', `/v1/batches/${shop.batchId}/epcis`, {
      token: await registry.tokens.official([]),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/ld+json');
    const doc = await response.json();
    const ok = validEpcis(doc);
    expect(validEpcis.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    const events = doc.epcisBody.eventList;
    expect(events.map((e: any) => [e.type, e.bizStep])).toEqual([
      ['ObjectEvent', 'https://verify.test/voc/bizstep/harvesting'],
      ['TransformationEvent', 'creating_class_instance'],
      ['ObjectEvent', 'packing'],
      ['ObjectEvent', 'commissioning'],
    ]);
    const batchClass = `https://verify.test/ocop/${shop.productCode}/10/${shop.batchCode}`;
    expect(events[1].outputQuantityList[0].epcClass).toBe(batchClass);
    expect(events[1].inputQuantityList).toHaveLength(3);
    expect(events[3]).toMatchObject({ action: 'ADD', quantityList: [{ epcClass: batchClass, quantity: 4 }] });
    expect(events[3].ilmd['cbvmda:lotNumber']).toBe(shop.batchCode);
  });

  it('is a document the schema would refuse if an event lost its time (the test can fail)', async () => {
    const response = await registry.request('GET', `/v1/batches/${shop.batchId}/epcis`, {
      token: shop.sellerToken,
    });
    const doc = await response.json();
    delete doc.epcisBody.eventList[0].eventTime;
    expect(validEpcis(doc)).toBe(false);
  });

  it('is not given to another shop', async () => {
    const other = await seedShop(registry);
    const response = await registry.request('GET', `/v1/batches/${shop.batchId}/epcis`, {
      token: other.sellerToken,
    });
    expect(response.status).toBe(404);
  });
});

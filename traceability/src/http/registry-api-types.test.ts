import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGISTRY_API_TYPES_FILE, registryApiTypes } from '../../scripts/registry-api-types';

describe('the generated API types (packages/contracts/src/registry-api.ts)', () => {
  it('are what this registry publishes today: run `npm run api-types -w @ocop/traceability` when not', async () => {
    const committed = readFileSync(REGISTRY_API_TYPES_FILE, 'utf8');
    expect(committed === (await registryApiTypes()), 'registry-api.ts is stale').toBe(true);
  });
});

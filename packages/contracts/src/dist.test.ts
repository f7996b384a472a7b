import { createRequire } from 'node:module';
import { exportPKCS8, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';

// The built package as the services load it: the Medusa backend and Jest require the CommonJS
// build (with jose bundled, since jose is ESM-only), the registry and storefront import the ESM one.
const require = createRequire(import.meta.url);

describe('the built package', () => {
  it('mints a token from the CommonJS build and the ES module build alike', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const pem = await exportPKCS8(privateKey);
    const cjs = require('../dist/index.cjs') as typeof import('./index');
    const esm = (await import('../dist/index.js')) as typeof import('./index');
    for (const built of [cjs, esm]) {
      const token = await built.mintRegistryToken(
        pem,
        { actorType: 'service', actorId: 'ocop-backend' },
        {
          issuer: 'ocop-backend',
        },
      );
      expect(token.split('.')).toHaveLength(3);
      expect(built.VerdictSchema.parse('genuine')).toBe('genuine');
    }
  });
});

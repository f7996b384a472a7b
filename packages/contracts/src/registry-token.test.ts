import { decodeJwt, decodeProtectedHeader, exportPKCS8, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  mintRegistryToken,
  RegistryTokenClaims,
  registryTokenClaims,
  type TokenSubject,
} from './registry-token';

const subjects: TokenSubject[] = [
  {
    actorType: 'seller',
    actorId: 'mem_1',
    producerId: '0b5c2f3e-9d1a-4c3b-8e2f-1a2b3c4d5e6f',
    shopId: 'sel_1',
  },
  { actorType: 'official', actorId: 'off_1', roles: ['issuer', 'inspector'], province: 'An Giang' },
  { actorType: 'official', actorId: 'off_2', roles: [], province: null },
  { actorType: 'service', actorId: 'ocop-backend' },
];

describe('registry tokens', () => {
  it('mints claims that the schema the registry verifies with accepts', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const pem = await exportPKCS8(privateKey);
    for (const subject of subjects) {
      const token = await mintRegistryToken(pem.replaceAll('\n', '\\n'), subject, {
        issuer: 'ocop-backend',
        expiresIn: '5m',
      });
      expect(decodeProtectedHeader(token).alg).toBe('ES256');
      const payload = decodeJwt(token);
      expect(payload.iss).toBe('ocop-backend');
      expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(300);
      expect(RegistryTokenClaims.parse(payload)).toMatchObject(registryTokenClaims(subject));
    }
  });

  it('rejects a service other than the backend and a seller without a shop', () => {
    expect(
      RegistryTokenClaims.safeParse(registryTokenClaims({ actorType: 'service', actorId: 'x' })).success,
    ).toBe(false);
    const seller = registryTokenClaims(subjects[0] as TokenSubject) as {
      app_metadata: Record<string, unknown>;
    };
    const { shop_id: _, ...withoutShop } = seller.app_metadata;
    expect(RegistryTokenClaims.safeParse({ ...seller, app_metadata: withoutShop }).success).toBe(false);
  });
});

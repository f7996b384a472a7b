import { importPKCS8, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { generateKeyPair } from './generate-key-pair';
import { createTokenVerifier } from './verify-token';

/** The payload Medusa 2.21's generateJwtTokenForAuthIdentity signs (seller actor, RBAC off). */
const medusaSellerPayload = {
  actor_id: 'selm_01JEXAMPLE',
  actor_type: 'seller',
  auth_identity_id: 'authid_01JEXAMPLE',
  auth_provider: 'emailpass',
  mfa_enabled: false,
  mfa_challenge_completed_at: null,
  app_metadata: {
    seller_id: 'selm_01JEXAMPLE',
    producer_id: '6f1c2a9e-0000-4000-8000-0000000000f6',
    shop_id: 'sel_01JEXAMPLE',
  },
  user_metadata: {},
};

describe('tokens from the backend (Medusa)', () => {
  const keys = generateKeyPair();
  const sign = async (payload: object, issuer = 'ocop-backend') =>
    new SignJWT({ ...payload })
      .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
      .setIssuer(issuer)
      .setIssuedAt()
      .setExpirationTime('8h')
      .sign(await importPKCS8(keys.privateKeyPem, 'ES256'));

  it("accepts a seller token with Medusa's claim shape and scopes it to the producer", async () => {
    const verify = await createTokenVerifier(keys.publicKeyPem, 'ocop-backend');
    expect(await verify(await sign(medusaSellerPayload))).toEqual({
      kind: 'seller',
      actorId: 'selm_01JEXAMPLE',
      producerId: '6f1c2a9e-0000-4000-8000-0000000000f6',
      shopId: 'sel_01JEXAMPLE',
    });
  });

  it('refuses a seller token without shop_id and a service token of another actor (401)', async () => {
    const verify = await createTokenVerifier(keys.publicKeyPem, 'ocop-backend');
    const { shop_id: _, ...withoutShop } = medusaSellerPayload.app_metadata;
    await expect(verify(await sign({ ...medusaSellerPayload, app_metadata: withoutShop }))).rejects.toThrow(
      'known actor',
    );
    await expect(verify(await sign({ actor_type: 'service', actor_id: 'scanner-bot' }))).rejects.toThrow(
      'known actor',
    );
    expect(await verify(await sign({ actor_type: 'service', actor_id: 'ocop-backend' }))).toEqual({
      kind: 'service',
      actorId: 'ocop-backend',
    });
  });

  it('reads official roles from ocop_roles, not the roles Medusa writes', async () => {
    const verify = await createTokenVerifier(keys.publicKeyPem, 'ocop-backend');
    const official = await verify(
      await sign({
        actor_id: 'off_1',
        actor_type: 'official',
        app_metadata: {
          official_id: 'off_1',
          ocop_roles: ['revoker'],
          province: 'An Giang',
          roles: ['rbac_admin'],
        },
      }),
    );
    expect(official).toEqual({
      kind: 'official',
      actorId: 'off_1',
      roles: ['revoker'],
      province: 'An Giang',
    });
  });

  it('refuses another issuer, a seller token without a producer, and a token without exp', async () => {
    const verify = await createTokenVerifier(keys.publicKeyPem, 'ocop-backend');
    await expect(verify(await sign(medusaSellerPayload, 'medusa'))).rejects.toThrow('invalid or expired');
    const { producer_id: _, ...withoutProducer } = medusaSellerPayload.app_metadata;
    await expect(
      verify(await sign({ ...medusaSellerPayload, app_metadata: withoutProducer })),
    ).rejects.toThrow('known actor');
    const noExp = await new SignJWT({ ...medusaSellerPayload })
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer('ocop-backend')
      .setIssuedAt()
      .sign(await importPKCS8(keys.privateKeyPem, 'ES256'));
    await expect(verify(noExp)).rejects.toThrow('invalid or expired');
  });
});

import { createPublicKey, verify } from 'node:crypto';

/** Checks a token the way the registry does: ES256 over the public key, issuer, expiry. */
export function verifyAsRegistry(token: string): Record<string, unknown> {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  expect(JSON.parse(Buffer.from(header, 'base64url').toString()).alg).toBe('ES256');
  const ok = verify(
    'sha256',
    Buffer.from(`${header}.${payload}`),
    { key: createPublicKey(process.env.JWT_PUBLIC_KEY as string), dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  expect(ok).toBe(true);
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
  expect(claims.iss).toBe('ocop-backend');
  expect(claims.exp).toBeGreaterThan(Date.now() / 1000);
  return claims;
}

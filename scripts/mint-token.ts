import { parseArgs } from 'node:util';
import { mintToken, type TokenSubject } from '@ocop/traceability';
import { loadDevEnv } from './dev-env';

// Development only: mints tokens the registry accepts, until the backend issues them.
const { values } = parseArgs({
  options: {
    actor: { type: 'string', default: 'official' },
    id: { type: 'string', default: 'dev-user' },
    producer: { type: 'string' },
    shop: { type: 'string' },
    roles: { type: 'string', default: 'issuer,revoker,inspector' },
    province: { type: 'string' },
    expires: { type: 'string', default: '8h' },
  },
});
const env = loadDevEnv();
if (!env.JWT_PRIVATE_KEY) {
  console.error('No JWT_PRIVATE_KEY: tokens are minted by the backend in production.');
  process.exit(1);
}
const usage =
  'usage: npm run token -- --actor official|seller|service [--producer <uuid> --shop <seller id>] [--roles a,b] [--province "An Giang"]';
let subject: TokenSubject;
if (values.actor === 'seller') {
  // The registry accepts it only while an active binding of (shop, producer) exists (decision 012).
  if (!values.producer || !values.shop) {
    throw new Error(`--producer and --shop are required for a seller. ${usage}`);
  }
  subject = { actorType: 'seller', actorId: values.id, producerId: values.producer, shopId: values.shop };
} else if (values.actor === 'official') {
  const roles = values.roles.split(',').filter(Boolean) as Array<'issuer' | 'revoker' | 'inspector'>;
  subject = { actorType: 'official', actorId: values.id, roles, province: values.province ?? null };
} else if (values.actor === 'service') {
  // The registry trusts one service: the backend, under its own actor id.
  subject = { actorType: 'service', actorId: 'ocop-backend' };
} else {
  throw new Error(usage);
}
process.stdout.write(
  `${await mintToken(env.JWT_PRIVATE_KEY, subject, { issuer: env.JWT_ISSUER ?? 'ocop-backend', expiresIn: values.expires })}\n`,
);

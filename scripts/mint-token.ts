import { parseArgs } from 'node:util';
import { mintToken, type TokenSubject } from '@ocop/traceability';
import { loadDevEnv } from './dev-env';

// Development only: mints tokens the registry accepts, until the backend issues them.
const { values } = parseArgs({
  options: {
    actor: { type: 'string', default: 'official' },
    id: { type: 'string', default: 'dev-user' },
    producer: { type: 'string' },
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
  'usage: npm run token -- --actor official|seller|service [--producer <uuid>] [--roles a,b] [--province "An Giang"]';
let subject: TokenSubject;
if (values.actor === 'seller') {
  if (!values.producer) throw new Error(`--producer is required for a seller. ${usage}`);
  subject = { actorType: 'seller', actorId: values.id, producerId: values.producer };
} else if (values.actor === 'official') {
  const roles = values.roles.split(',').filter(Boolean) as Array<'issuer' | 'revoker' | 'inspector'>;
  subject = { actorType: 'official', actorId: values.id, roles, province: values.province ?? null };
} else if (values.actor === 'service') {
  subject = { actorType: 'service', actorId: values.id };
} else {
  throw new Error(usage);
}
process.stdout.write(
  `${await mintToken(env.JWT_PRIVATE_KEY, subject, { issuer: env.JWT_ISSUER ?? 'ocop-backend', expiresIn: values.expires })}\n`,
);

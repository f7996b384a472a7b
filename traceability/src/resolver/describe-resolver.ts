import { VERDICTS } from '@ocop/contracts';
import type { RegistryDeps } from '../http/deps';
import { GS1_VOC } from './gs1-link-types';

/** The resolver description file served at /.well-known/gs1resolver (GS1 resolver 1.2.0). */
export function describeResolver(config: RegistryDeps['config']) {
  return {
    name: 'OCOP registry resolver',
    resolverRoot: config.publicBaseUrl,
    supportedPrimaryKeys: ['01'],
    supportedLinkType: [{ namespace: GS1_VOC, prefix: 'gs1:' }],
    // Without a storefront a product (no batch) has no page: its default answer is its linkset.
    linkTypeDefaultCanBeLinkset: !config.storefrontUrl,
    supportedContextValuesEnumerated: [],
    // Ours, beyond GS1's schema (which allows more members):
    platformPrimaryKey: { path: '/ocop/{productCode}', description: 'OCOP products without a GTIN' },
    supportedQualifiers: ['22', '10', '21'],
    verification: { accept: 'application/json', verdicts: VERDICTS },
  };
}

import { defineConfig } from 'tsup';

// As packages/domain (decision 019): ESM and CommonJS with declarations; zod and @ocop/domain
// stay dependencies, not bundled, so every service has one copy of each. jose is ESM-only, so
// the CommonJS build (the Medusa backend's, Jest's) carries its own copy; the ESM build imports it.
const common = {
  entry: { index: 'src/index.ts', client: 'src/client.ts' },
  dts: true,
  target: 'node20',
  sourcemap: true,
} as const;
export default defineConfig([
  { ...common, format: 'esm' },
  { ...common, format: 'cjs', noExternal: ['jose'] },
]);

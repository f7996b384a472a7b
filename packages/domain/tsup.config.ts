import { defineConfig } from 'tsup';

// ESM for the registry, storefront and scripts; CommonJS for the Medusa backend; declarations
// for both (decision 019). Entries are the package's exports: the whole domain, and the
// browser-safe part pages render with.
export default defineConfig({
  entry: { index: 'src/index.ts', client: 'src/client.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20',
  sourcemap: true,
});

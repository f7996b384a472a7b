import type { TestRegistry } from './create-test-registry';

/** Maps IPv4 prefixes to provinces for the registry's copy detection, as a GeoIP load would. */
export async function addNetworkRegions(
  registry: TestRegistry,
  regions: Record<string, string>,
): Promise<void> {
  for (const [prefix, province] of Object.entries(regions)) {
    await registry.deps.sql`
      insert into network_regions (prefix, province) values (${prefix}, ${province}) on conflict do nothing`;
  }
  await registry.deps.regions.refresh(registry.deps.sql);
}

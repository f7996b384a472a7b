import ipaddr from 'ipaddr.js';

/** Addresses and networks whose X-Forwarded-For is believed: the storefront, a load balancer. */
export type TrustedProxies = [ipaddr.IPv4 | ipaddr.IPv6, number][];

/**
 * TRUST_PROXY: comma-separated addresses or CIDRs; "false" or empty trusts nobody, "true" only
 * loopback (a proxy on the same machine, as `npm start` runs the storefront). Throws on an entry
 * it cannot read, so a typo does not silently trust nobody or everybody.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = (value ?? '').trim();
  if (text === '' || text === 'false') return [];
  const entries = text === 'true' ? ['127.0.0.0/8', '::1/128'] : text.split(',');
  return entries.map((raw) => {
    const entry = raw.trim();
    try {
      if (entry.includes('/')) return ipaddr.parseCIDR(entry);
      const address = ipaddr.parse(entry);
      return [address, address.kind() === 'ipv4' ? 32 : 128];
    } catch {
      throw new Error(`TRUST_PROXY: "${entry}" is neither an address nor a CIDR`);
    }
  });
}

function parsed(address: string | undefined | null): ipaddr.IPv4 | ipaddr.IPv6 | null {
  if (!address || !ipaddr.isValid(address.trim())) return null;
  const ip = ipaddr.parse(address.trim());
  // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d; it is the same client.
  return ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()
    ? (ip as ipaddr.IPv6).toIPv4Address()
    : ip;
}

function isTrusted(ip: ipaddr.IPv4 | ipaddr.IPv6, trusted: TrustedProxies): boolean {
  return trusted.some(
    ([range, bits]) => ip.kind() === range.kind() && (ip as ipaddr.IPv4).match(range as ipaddr.IPv4, bits),
  );
}

/**
 * The client: the socket's peer, unless that peer is a trusted proxy; then X-Forwarded-For is
 * read from the right, skipping our own proxies, and the first other hop is the client (what
 * lies left of it is whatever the client claimed). Null when nothing usable is there.
 */
export function clientAddress(
  socketAddress: string | undefined | null,
  forwardedFor: string | string[] | undefined,
  trusted: TrustedProxies,
): ipaddr.IPv4 | ipaddr.IPv6 | null {
  let client = parsed(socketAddress);
  if (!client || !isTrusted(client, trusted)) return client;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .reverse();
  for (const hop of hops) {
    const ip = parsed(hop);
    if (!ip) return client;
    client = ip;
    if (!isTrusted(ip, trusted)) return client;
  }
  return client;
}

/**
 * What a limit counts by: an IPv4 address, or an IPv6 /64 (one subscriber usually holds a
 * whole /64, so counting single IPv6 addresses would give them billions of tries).
 */
export function rateLimitKey(ip: ipaddr.IPv4 | ipaddr.IPv6 | null): string {
  if (!ip) return 'unknown';
  if (ip.kind() === 'ipv4') return ip.toString();
  const parts = (ip as ipaddr.IPv6).parts.slice(0, 4).map((p) => p.toString(16));
  return `${parts.join(':')}::/64`;
}

import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import ipaddr from 'ipaddr.js';

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/** Addresses and networks whose X-Forwarded-For is believed: the storefront, a load balancer. */
export type TrustedProxies = [Address, number][];

/**
 * TRUST_PROXY: comma-separated addresses or CIDRs; empty or the legacy "false" trusts nobody.
 * Throws on an entry it cannot read, so a typo neither trusts everybody nor silently nobody.
 */
export function parseTrustedProxies(value: string): TrustedProxies {
  const text = value.trim();
  if (text === '' || text === 'false') return [];
  if (text === 'true') {
    // It used to mean "believe every X-Forwarded-For", which let any client pick its address.
    throw new Error(
      '"true" is no longer accepted: list the proxies\' addresses or CIDRs (e.g. 127.0.0.1,::1)',
    );
  }
  return text.split(',').map((raw) => {
    const entry = raw.trim();
    try {
      if (entry.includes('/')) {
        const [range, bits] = ipaddr.parseCIDR(entry);
        return [unmapped(range), unmapped(range) === range ? bits : bits - 96];
      }
      const address = unmapped(ipaddr.parse(entry));
      return [address, address.kind() === 'ipv4' ? 32 : 128];
    } catch {
      throw new Error(`"${entry}" is neither an address nor a CIDR`);
    }
  });
}

/** An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d; it is the same client. */
function unmapped(ip: Address): Address {
  return ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()
    ? (ip as ipaddr.IPv6).toIPv4Address()
    : ip;
}

/** The address, unmapped; null if it is none. One parse (isValid would parse it a second time). */
export function parsedAddress(address: string | undefined | null): Address | null {
  const text = address?.trim();
  if (!text) return null;
  try {
    return unmapped(ipaddr.parse(text));
  } catch {
    return null;
  }
}

const parsed = parsedAddress;

function isTrusted(ip: Address, trusted: TrustedProxies): boolean {
  return trusted.some(([range, bits]) => ip.kind() === range.kind() && ip.match(range as never, bits));
}

/** The socket's peer as @hono/node-server hands it over (`c.env.incoming`); null without one. */
export function socketAddress(c: Context): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}

/**
 * The client: the socket's peer, unless that peer is a trusted proxy; then X-Forwarded-For is
 * read from the right, skipping our own proxies, and the first other hop is the client (what
 * lies left of it is whatever the client claimed). Normalised (no ::ffff: prefix); null when
 * nothing usable is there.
 */
export function resolveClientAddress(
  peer: string | null,
  forwardedFor: string | undefined,
  trusted: TrustedProxies,
): string | null {
  let client = parsed(peer);
  if (!client || !isTrusted(client, trusted)) return client?.toString() ?? null;
  const hops = (forwardedFor ?? '').split(',').reverse();
  for (const hop of hops) {
    const ip = parsed(hop);
    if (!ip) break;
    client = ip;
    if (!isTrusted(ip, trusted)) break;
  }
  return client.toString();
}

export function clientAddress(c: Context, trusted: TrustedProxies): string | null {
  return resolveClientAddress(socketAddress(c), c.req.header('x-forwarded-for'), trusted);
}

/**
 * What a limit counts by: an IPv4 address, or an IPv6 /64 (one subscriber usually holds a
 * whole /64, so counting single IPv6 addresses would give them billions of tries).
 */
export function rateLimitKey(ip: string | null): string {
  const address = parsed(ip);
  if (!address) return 'unknown';
  if (address.kind() === 'ipv4') return address.toString();
  return `${(address as ipaddr.IPv6).parts
    .slice(0, 4)
    .map((p) => p.toString(16))
    .join(':')}::/64`;
}

/** The coarse prefix we reason about: /24 for IPv4, /48 for IPv6. */
export function networkPrefix(ip: string | null): string | null {
  const address = parsed(ip);
  return address ? networkPrefixOf(address) : null;
}

export function networkPrefixOf(address: Address): string {
  if (address.kind() === 'ipv4') {
    return `${(address as ipaddr.IPv4).octets.slice(0, 3).join('.')}.0/24`;
  }
  return `${(address as ipaddr.IPv6).parts
    .slice(0, 3)
    .map((p) => p.toString(16))
    .join(':')}::/48`;
}

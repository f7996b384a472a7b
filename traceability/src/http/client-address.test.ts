import { describe, expect, it } from 'vitest';
import { networkPrefix, parseTrustedProxies, rateLimitKey, resolveClientAddress } from './client-address';

const loopback = parseTrustedProxies('127.0.0.1,::1');

describe('TRUST_PROXY', () => {
  it('reads addresses and CIDRs of both families; empty and "false" trust nobody', () => {
    expect(parseTrustedProxies('')).toEqual([]);
    expect(parseTrustedProxies('false')).toEqual([]);
    expect(parseTrustedProxies(' 10.0.0.0/8, 2001:db8::/32 ,127.0.0.1')).toHaveLength(3);
  });

  it('refuses "true" (it trusted every client) and entries it cannot read', () => {
    expect(() => parseTrustedProxies('true')).toThrow(/no longer accepted.*127\.0\.0\.1,::1/);
    expect(() => parseTrustedProxies('10.0.0.0/8,proxy.local')).toThrow('"proxy.local" is neither');
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow('"10.0.0.0/33" is neither');
  });
});

describe('the client address', () => {
  it('is the socket peer when the peer is not a trusted proxy, whatever X-Forwarded-For says', () => {
    expect(resolveClientAddress('203.0.113.9', '1.2.3.4', loopback)).toBe('203.0.113.9');
    expect(resolveClientAddress('203.0.113.9', '1.2.3.4', [])).toBe('203.0.113.9');
    expect(resolveClientAddress('::ffff:203.0.113.9', '1.2.3.4', loopback)).toBe('203.0.113.9');
  });

  it('behind trusted proxies is the right-most hop that is not one of them', () => {
    const proxies = parseTrustedProxies('127.0.0.1,10.0.0.0/8');
    expect(resolveClientAddress('127.0.0.1', '6.6.6.6, 198.51.100.7', proxies)).toBe('198.51.100.7');
    expect(resolveClientAddress('127.0.0.1', '6.6.6.6, 198.51.100.7, 10.1.2.3', proxies)).toBe(
      '198.51.100.7',
    );
    expect(resolveClientAddress('::ffff:127.0.0.1', '::ffff:198.51.100.7', proxies)).toBe('198.51.100.7');
    expect(resolveClientAddress('::1', '2001:db8::1', loopback)).toBe('2001:db8::1');
  });

  it('stops at a hop that is not an address and keeps the last believable one', () => {
    expect(resolveClientAddress('127.0.0.1', 'garbage', loopback)).toBe('127.0.0.1');
    expect(resolveClientAddress('127.0.0.1', '', loopback)).toBe('127.0.0.1');
    expect(resolveClientAddress('127.0.0.1', undefined, loopback)).toBe('127.0.0.1');
    expect(resolveClientAddress(null, '1.2.3.4', loopback)).toBeNull();
  });

  it('trusts an IPv4-mapped proxy given as a mapped CIDR', () => {
    const mapped = parseTrustedProxies('::ffff:10.0.0.0/104');
    expect(resolveClientAddress('10.9.9.9', '198.51.100.7', mapped)).toBe('198.51.100.7');
  });
});

describe('what limits and scans count by', () => {
  it('counts IPv4 by address and IPv6 by /64', () => {
    expect(rateLimitKey('203.0.113.9')).toBe('203.0.113.9');
    expect(rateLimitKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(rateLimitKey('2001:db8:1:2:bbbb::9')).toBe('2001:db8:1:2::/64');
    expect(rateLimitKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(rateLimitKey(null)).toBe('unknown');
  });

  it('keeps the network prefixes as before (/24, /48)', () => {
    expect(networkPrefix('203.0.113.9')).toBe('203.0.113.0/24');
    expect(networkPrefix('::ffff:203.0.113.9')).toBe('203.0.113.0/24');
    expect(networkPrefix('2001:0db8:00a0:1::1')).toBe('2001:db8:a0::/48');
    expect(networkPrefix('nonsense')).toBeNull();
  });
});

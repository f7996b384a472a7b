import { clientAddress, parseTrustedProxies, rateLimitKey } from '../client-address';

describe('clientAddress', () => {
  const storefront = parseTrustedProxies('10.0.0.5, 127.0.0.0/8');

  it('believes X-Forwarded-For only from a trusted proxy', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', storefront)?.toString()).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.5', '198.51.100.1', storefront)?.toString()).toBe('198.51.100.1');
    expect(clientAddress('::ffff:10.0.0.5', '198.51.100.1', storefront)?.toString()).toBe('198.51.100.1');
  });

  it('takes the rightmost hop that is not ours, not what the client wrote on the left', () => {
    const via = clientAddress('127.0.0.1', '1.2.3.4, 198.51.100.1, 10.0.0.5', storefront);
    expect(via?.toString()).toBe('198.51.100.1');
    // Garbage in the header stops the walk at the last good hop.
    expect(clientAddress('10.0.0.5', 'not-an-ip', storefront)?.toString()).toBe('10.0.0.5');
  });

  it('trusts nobody with "false" and refuses an unreadable list', () => {
    expect(clientAddress('127.0.0.1', '198.51.100.1', parseTrustedProxies('false'))?.toString()).toBe(
      '127.0.0.1',
    );
    expect(() => parseTrustedProxies('10.0.0.0/8,storefront')).toThrow(/storefront/);
  });
});

describe('rateLimitKey', () => {
  it('counts IPv6 by /64 and IPv4 by address', () => {
    const a = clientAddress('2001:db8:1:2:aaaa::1', undefined, []);
    const b = clientAddress('2001:db8:1:2:ffff:1:2:3', undefined, []);
    const c = clientAddress('2001:db8:1:3::1', undefined, []);
    expect(rateLimitKey(a)).toBe('2001:db8:1:2::/64');
    expect(rateLimitKey(a)).toBe(rateLimitKey(b));
    expect(rateLimitKey(c)).not.toBe(rateLimitKey(a));
    expect(rateLimitKey(clientAddress('192.0.2.7', undefined, []))).toBe('192.0.2.7');
  });
});

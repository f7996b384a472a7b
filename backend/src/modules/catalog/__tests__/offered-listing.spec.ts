import { isOfferedListing, offeredListingFilter } from '../offered-listing';

describe('isOfferedListing', () => {
  const now = new Date('2026-12-01T10:00:00Z');

  it('offers a sellable listing until the instant its certificate expires, not after', () => {
    const listing = (expires: string | null, sellable = true) => ({
      sellable,
      certificate_expires_at: expires,
    });
    expect(isOfferedListing(listing('2026-12-01T10:00:01Z'), now)).toBe(true);
    expect(isOfferedListing(listing('2026-12-01T10:00:00Z'), now)).toBe(false);
    expect(isOfferedListing(listing('2026-11-30T00:00:00Z'), now)).toBe(false);
    expect(isOfferedListing(listing(null), now)).toBe(false);
    expect(isOfferedListing(listing('2027-01-01T00:00:00Z', false), now)).toBe(false);
    expect(isOfferedListing(undefined, now)).toBe(false);
  });

  it('filters the module service the same way', () => {
    expect(offeredListingFilter(now)).toEqual({ sellable: true, certificate_expires_at: { $gt: now } });
  });
});

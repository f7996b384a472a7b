/**
 * What "offered" means for a listing, in one place: synced as sellable (published, shop
 * approved, certificate in force when last synced) and its certificate not past its expiry
 * now. The second half holds between the expiry and the sync that follows it (the registry's
 * hourly expiry job, or the reconciliation when the registry is away): an expired product is
 * never sold as OCOP in that gap.
 */
export function offeredListingFilter(now: Date = new Date()) {
  return { sellable: true, certificate_expires_at: { $gt: now } };
}

/** The same rule as SQL on `ocop_listing l`. */
export const OFFERED_LISTING_SQL =
  'l.sellable = true and l.deleted_at is null and l.certificate_expires_at > now()';

export function isOfferedListing(
  listing: { sellable: boolean; certificate_expires_at: Date | string | null } | undefined,
  now: Date = new Date(),
): boolean {
  if (!listing?.sellable || !listing.certificate_expires_at) return false;
  return new Date(listing.certificate_expires_at).getTime() > now.getTime();
}

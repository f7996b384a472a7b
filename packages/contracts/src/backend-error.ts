/**
 * The backend's own error codes: `code` in its error bodies `{ type, code, message }` (Medusa's
 * `type` is the category, `message` English for developers). Clients translate the code; a code
 * is never renamed (DEVELOPERS.md rule 9), only added.
 */

/** What a shopper can meet in the shop: the storefront has words for each, in both languages. */
export const SHOPPER_ERROR_CODES = [
  'cart_not_found',
  'cart_completed',
  'cart_empty',
  'line_not_in_cart',
  'email_missing',
  'address_missing',
  'currency_not_vnd',
  'vietqr_unavailable',
  'card_unavailable',
  'card_not_started',
  'card_stale',
  'listing_not_offered',
  'shop_not_selling',
  'shipping_option_missing',
  'shipping_option_not_of_shop',
  'shipping_price_missing',
  'shipping_for_unknown_shop',
  /** Medusa's own code when a variant has not enough stock. */
  'insufficient_inventory',
  'price_changed',
  'checkout_not_found',
  'product_not_found',
  'shop_not_found',
  'order_not_found',
  'too_many_attempts',
  'conflict',
  'invalid_data',
  'invalid_text',
  'invalid_path',
  'too_deep',
  'unknown_error',
] as const;

/** What a shop member or the operator can meet (the producers' portal translates these). */
export const VENDOR_ERROR_CODES = [
  'member_not_found',
  'account_has_shop',
  'account_without_email',
  'not_signed_in',
  'account_without_shop',
  'shop_not_approved',
  'producer_not_claimed',
  'shop_without_claim',
  'decision_reason_missing',
  'seller_transition_refused',
  'registry_product_not_found',
  'registry_product_not_yours',
  'certificate_not_in_force',
  'variant_not_found',
  'order_canceled',
  'order_shipped',
  'order_not_shipped',
  'order_without_fulfilment',
  'order_delivered',
  'payment_missing',
  'return_already_recorded',
  'return_line_unknown',
  'return_quantity_exceeded',
  'invalid_reference',
  'not_operator',
  'official_sign_in_failed',
] as const;

export const BACKEND_ERROR_CODES = [...SHOPPER_ERROR_CODES, ...VENDOR_ERROR_CODES] as const;
export type ShopperErrorCode = (typeof SHOPPER_ERROR_CODES)[number];
export type BackendErrorCode = (typeof BACKEND_ERROR_CODES)[number];

const KNOWN = new Set<string>(BACKEND_ERROR_CODES);

export function isBackendErrorCode(code: unknown): code is BackendErrorCode {
  return typeof code === 'string' && KNOWN.has(code);
}

/**
 * The code of a backend error body: `code`, or `type` where the code was the type from the start
 * (price_changed, invalid_text …); null when it is none of ours (say it in general words).
 */
export function backendErrorCode(body: unknown): BackendErrorCode | null {
  if (!body || typeof body !== 'object') return null;
  const { code, type } = body as { code?: unknown; type?: unknown };
  if (isBackendErrorCode(code)) return code;
  return isBackendErrorCode(type) ? type : null;
}

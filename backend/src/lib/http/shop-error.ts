import { MedusaError } from '@medusajs/framework/utils';
import type { BackendErrorCode } from '@ocop/contracts';

const TYPE_OF: Partial<Record<BackendErrorCode, string>> = {
  cart_not_found: MedusaError.Types.NOT_FOUND,
  checkout_not_found: MedusaError.Types.NOT_FOUND,
  product_not_found: MedusaError.Types.NOT_FOUND,
  shop_not_found: MedusaError.Types.NOT_FOUND,
  order_not_found: MedusaError.Types.NOT_FOUND,
  member_not_found: MedusaError.Types.NOT_FOUND,
  variant_not_found: MedusaError.Types.NOT_FOUND,
  registry_product_not_found: MedusaError.Types.NOT_FOUND,
  not_signed_in: MedusaError.Types.UNAUTHORIZED,
  account_without_shop: MedusaError.Types.UNAUTHORIZED,
  shop_not_approved: MedusaError.Types.NOT_ALLOWED,
  producer_not_claimed: MedusaError.Types.NOT_ALLOWED,
  shop_without_claim: MedusaError.Types.NOT_ALLOWED,
  seller_transition_refused: MedusaError.Types.NOT_ALLOWED,
  certificate_not_in_force: MedusaError.Types.NOT_ALLOWED,
  order_canceled: MedusaError.Types.NOT_ALLOWED,
  order_shipped: MedusaError.Types.NOT_ALLOWED,
  order_not_shipped: MedusaError.Types.NOT_ALLOWED,
  order_without_fulfilment: MedusaError.Types.NOT_ALLOWED,
  order_delivered: MedusaError.Types.CONFLICT,
  payment_missing: MedusaError.Types.CONFLICT,
  return_already_recorded: MedusaError.Types.CONFLICT,
};

/**
 * One of the backend's own errors: its stable code (`code` in the answer, @ocop/contracts) and
 * an English message for developers; the Medusa type, and so the HTTP status, follows the code
 * (invalid data unless listed).
 */
export function shopError(code: BackendErrorCode, message: string): MedusaError {
  return new MedusaError(TYPE_OF[code] ?? MedusaError.Types.INVALID_DATA, message, code);
}

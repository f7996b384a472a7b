import { defineLink } from '@medusajs/framework/utils';
import FulfillmentModule from '@medusajs/medusa/fulfillment';
import SellerModule from '../modules/seller';

/** Shipping options the producer offers; a cart picks one per producer. */
export default defineLink(SellerModule.linkable.seller, {
  linkable: FulfillmentModule.linkable.shippingOption,
  isList: true,
});

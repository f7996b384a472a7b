import { defineLink } from '@medusajs/framework/utils';
import OrderModule from '@medusajs/medusa/order';
import SellerModule from '../modules/seller';

/** Each order is one producer's: checkout splits a cart into one order per shop. */
export default defineLink(SellerModule.linkable.seller, {
  linkable: OrderModule.linkable.order,
  isList: true,
});

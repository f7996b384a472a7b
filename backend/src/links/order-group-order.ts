import { defineLink } from '@medusajs/framework/utils';
import OrderModule from '@medusajs/medusa/order';
import MarketplaceModule from '../modules/marketplace';

/** The orders one checkout made, one per producer (a group has several; an order one group). */
export default defineLink(MarketplaceModule.linkable.ocopOrderGroup, {
  linkable: OrderModule.linkable.order,
  isList: true,
});

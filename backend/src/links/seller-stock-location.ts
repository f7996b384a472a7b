import { defineLink } from '@medusajs/framework/utils';
import StockLocationModule from '@medusajs/medusa/stock-location';
import SellerModule from '../modules/seller';

/** The producer's own warehouse (usually the farm or workshop), created when the shop is approved. */
export default defineLink(SellerModule.linkable.seller, {
  linkable: StockLocationModule.linkable.stockLocation,
  isList: true,
});

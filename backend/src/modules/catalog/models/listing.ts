import { model } from '@medusajs/framework/utils';

/**
 * One product's place in the OCOP catalog: which registry product it is, what the registry
 * says of its certificate, and whether it may be sold now. The certificate fields are copied
 * from the registry by the sync (never typed by a producer), and the row doubles as the read
 * model the store's listing pages are served from.
 */
const Listing = model
  .define('ocop_listing', {
    id: model.id({ prefix: 'lst' }).primaryKey(),
    product_id: model.text(),
    seller_id: model.text(),
    registry_product_id: model.text(),
    registry_producer_id: model.text(),
    title: model.text(),
    handle: model.text(),
    thumbnail: model.text().nullable(),
    seller_handle: model.text(),
    seller_name: model.text(),
    sector: model.text().nullable(),
    product_group: model.text().nullable(),
    province: model.text().nullable(),
    commune: model.text().nullable(),
    certificate_id: model.text().nullable(),
    certificate_number: model.text().nullable(),
    stars: model.number().nullable(),
    issuer_name: model.text().nullable(),
    issuing_level: model.text().nullable(),
    certificate_issued_at: model.dateTime().nullable(),
    certificate_expires_at: model.dateTime().nullable(),
    /** none | active | expiring | expired | revoked | unknown (not a product of the shop's producer) */
    certificate_status: model.text().default('unknown'),
    /** Lowest variant price in integer đồng, tax included. */
    min_price: model.bigNumber().nullable(),
    sellable: model.boolean().default(false),
    /** Why the product is not offered, for the producer's portal. */
    unsellable_reason: model.text().nullable(),
    synced_at: model.dateTime().nullable(),
    /**
     * The listing's words folded for search (no tones, đ as d; lib/search/search-text.ts),
     * written by the sync. Its GIN indexes (trigram and full text) are in the migration only:
     * the model cannot express operator classes or expressions.
     */
    search_text: model.text().default(''),
  })
  .indexes([
    { on: ['product_id'], unique: true },
    // The product page looks its listing up by handle.
    { on: ['handle'] },
    { on: ['seller_id'] },
    { on: ['registry_product_id'] },
    { on: ['sellable', 'stars'] },
    // The catalog's default order (newest) and price sorts, on offered rows only.
    { on: ['created_at', 'id'], where: 'sellable = true' },
    { on: ['min_price', 'id'], where: 'sellable = true' },
  ]);

export default Listing;

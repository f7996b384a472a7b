import { model } from '@medusajs/framework/utils';
import { SELLER_STATUSES } from '../seller-status';
import SellerMember from './seller-member';

/**
 * A producer's shop on the marketplace. The OCOP facts (stars, certificates) stay in the
 * registry; the shop points at its registry producer and never copies them. Whether the shop
 * may act for that producer is the registry's producer binding (docs/decisions/012): the
 * status follows it.
 */
const Seller = model
  .define('seller', {
    id: model.id({ prefix: 'sel' }).primaryKey(),
    handle: model.text(),
    name: model.text(),
    story: model.text().nullable(),
    logo_url: model.text().nullable(),
    contact_email: model.text(),
    contact_phone: model.text().nullable(),
    // Null only between creating the shop and the registry's answer to its claim, inside the
    // registration workflow (a new producer's id is the registry's to give).
    registry_producer_id: model.text().nullable(),
    registry_binding_id: model.text().nullable(),
    status: model.enum([...SELLER_STATUSES]).default('pending'),
    status_reason: model.text().nullable(),
    status_changed_at: model.dateTime().nullable(),
    members: model.hasMany(() => SellerMember, { mappedBy: 'seller' }),
  })
  .indexes([
    // Live rows only: a deleted shop's handle can be taken again.
    { on: ['handle'], unique: true },
    // Not unique: several shops may claim a producer and only the registry's approval decides,
    // so no answer here may tell which producers are taken.
    { on: ['registry_producer_id'] },
  ]);

export default Seller;

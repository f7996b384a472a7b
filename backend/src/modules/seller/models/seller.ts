import { model } from '@medusajs/framework/utils';
import { SELLER_STATUSES } from '../seller-status';
import SellerMember from './seller-member';

/**
 * A producer's shop on the marketplace. The OCOP facts (stars, certificates) stay in the
 * registry; the shop points at its registry producer and never copies them.
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
    registry_producer_id: model.text(),
    status: model.enum([...SELLER_STATUSES]).default('pending'),
    status_reason: model.text().nullable(),
    status_changed_at: model.dateTime().nullable(),
    members: model.hasMany(() => SellerMember, { mappedBy: 'seller' }),
  })
  .indexes([
    // Live rows only: a deleted shop's handle can be taken again.
    { on: ['handle'], unique: true },
    // One open shop per registry producer; a rejected or closed one does not block a new one.
    { on: ['registry_producer_id'], unique: true, where: "status NOT IN ('rejected', 'closed')" },
  ]);

export default Seller;

import { model } from '@medusajs/framework/utils';
import Seller from './seller';

/**
 * A person who runs a shop. Members sign in as the `seller` auth actor: the auth identity's
 * app_metadata.seller_id holds the member's id, so every vendor request knows its shop.
 */
const SellerMember = model
  .define('seller_member', {
    id: model.id({ prefix: 'selm' }).primaryKey(),
    email: model.text(),
    name: model.text().nullable(),
    role: model.enum(['owner', 'staff']).default('owner'),
    seller: model.belongsTo(() => Seller, { mappedBy: 'members' }),
  })
  .indexes([{ on: ['email'], unique: true }]);

export default SellerMember;

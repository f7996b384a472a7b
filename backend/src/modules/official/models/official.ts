import { model } from '@medusajs/framework/utils';

/**
 * A programme official (council member, inspector). Created by an operator or the seed, never by
 * self-registration. province null means national (ministry) scope.
 */
const Official = model
  .define('official', {
    id: model.id({ prefix: 'off' }).primaryKey(),
    email: model.text(),
    name: model.text(),
    province: model.text().nullable(),
    /** issuer, revoker, inspector: what the registry lets this official change. */
    ocop_roles: model.array(),
  })
  .indexes([{ on: ['email'], unique: true }]);

export default Official;

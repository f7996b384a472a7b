import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { parseQuery } from '../../../lib/http/parse-query';
import { type RegistryProducer, registryClient } from '../../../lib/registry/registry-client';
import { SELLER_MODULE } from '../../../modules/seller';
import type SellerModuleService from '../../../modules/seller/service';
import { AdminSellerListQuerySchema } from './validators';

/**
 * Shops for the operator, oldest first (`?status=pending`: those awaiting approval), each with
 * the producer it claims as the registry knows it (null while the registry does not answer).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { status, limit, offset } = parseQuery(AdminSellerListQuerySchema, req.query);
  const sellers = req.scope.resolve<SellerModuleService>(SELLER_MODULE);
  const [rows, count] = await sellers.listAndCountSellers(status ? { status } : {}, {
    skip: offset,
    take: limit,
    order: { created_at: 'ASC' },
  });
  const client = registryClient();
  const producers = await Promise.all(
    rows.map((s) =>
      s.registry_producer_id
        ? client.producer(s.registry_producer_id, 3000).catch((): RegistryProducer | null => null)
        : null,
    ),
  );
  res.json({
    sellers: rows.map((s, i) => ({
      id: s.id,
      handle: s.handle,
      name: s.name,
      status: s.status,
      status_reason: s.status_reason,
      contact_email: s.contact_email,
      contact_phone: s.contact_phone,
      registry_binding_id: s.registry_binding_id,
      created_at: s.created_at,
      producer: producers[i]
        ? {
            id: producers[i].id,
            legal_name: producers[i].legalName,
            province: producers[i].province,
            commune: producers[i].commune,
          }
        : s.registry_producer_id
          ? { id: s.registry_producer_id, legal_name: null, province: null, commune: null }
          : null,
    })),
    count,
    limit,
    offset,
  });
};

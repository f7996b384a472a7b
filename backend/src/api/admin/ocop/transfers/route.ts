import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { z } from '@medusajs/framework/zod';
import { parseQuery } from '../../../../lib/http/parse-query';
import { confirmTransfer, listTransfers } from '../../../../lib/payments/confirm-transfer';
import type { ConfirmTransferBody } from '../validators';

const ListQuery = z
  .object({
    status: z.enum(['awaiting', 'all']).default('awaiting'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict();

/** VietQR orders for the operator's bank reconciliation (awaiting their transfer by default). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const q = parseQuery(ListQuery, req.query);
  res.json({ transfers: await listTransfers(req.scope, { awaiting: q.status === 'awaiting', ...q }) });
};

/**
 * The operator confirms a transfer seen on the statement of its own account (admin users are
 * the operator). The order's producer only sees the status.
 */
export const POST = async (req: AuthenticatedMedusaRequest<ConfirmTransferBody>, res: MedusaResponse) => {
  const body = req.validatedBody;
  const result = await confirmTransfer(req.scope, {
    party: 'operator',
    by: req.auth_context.actor_id,
    reference: body.reference,
    amount: body.amount,
    bankTransactionId: body.bank_transaction_id ?? null,
  });
  if (!result.ok) {
    res
      .status(result.code === 'not_operator' ? 403 : 409)
      .json({ type: result.code, message: result.message });
    return;
  }
  res.json({ transfer: result.transfer, already_confirmed: result.already_confirmed });
};

import { certificateStatus } from '@ocop/domain';
import type { CertificateRow } from './current-certificate';

/** What subscribers (the backend) receive about a certificate. */
export function certificatePayload(row: CertificateRow, producerId: string, now: Date) {
  return {
    certificateId: row.id,
    number: row.number,
    productId: row.productId,
    producerId,
    stars: row.stars,
    status: certificateStatus(row, now),
    issuedAt: row.issuedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revocationReason: row.revocationReason,
    renewsId: row.renewsId,
  };
}

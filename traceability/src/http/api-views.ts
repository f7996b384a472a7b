import { CERTIFICATE_STATES, CERTIFICATE_STATUSES, SCORECARD_VERSIONS } from '@ocop/domain';
import { z } from 'zod';

// What the registry answers for its main records, as published in /openapi.json and checked
// against every answer in tests (route-registry.ts, checkResponses). Instants are ISO 8601 UTC
// strings; money and scores are numbers.

const Instant = z.string().describe('ISO 8601 instant, UTC');

export const CertificateView = z.object({
  id: z.string().uuid(),
  number: z.string(),
  productId: z.string().uuid(),
  stars: z.number().int(),
  scoreA: z.number(),
  scoreB: z.number(),
  scoreC: z.number(),
  scoreTotal: z.number(),
  issuingLevel: z.enum(['district', 'province', 'central']),
  issuerName: z.string(),
  decisionNumber: z.string(),
  issuedAt: Instant,
  expiresAt: Instant,
  revokedAt: Instant.nullable(),
  revocationReason: z.string().nullable(),
  revocationNote: z.string().nullable(),
  revocationDecision: z.string().nullable(),
  renewsId: z.string().uuid().nullable(),
  createdAt: Instant,
  /** The Decision 148-era status names (verdict contract v1/v2). */
  status: z.enum(CERTIFICATE_STATUSES),
  scorecardVersion: z.enum(SCORECARD_VERSIONS),
  reEvaluationFiledAt: Instant.nullable(),
  reEvaluationDecidedAt: Instant.nullable(),
  /** The council's decision number on the re-evaluation (the renewal's, or the refusal's). */
  reEvaluationDecision: z.string().nullable(),
  /** Decision 26's reading of the certificate now (certificateStanding). */
  standing: z.object({
    state: z.enum(CERTIFICATE_STATES),
    phase: z.enum(['not_open', 'open', 'closed']),
    reEvaluationPending: z.boolean(),
    reEvaluationDue: z.boolean(),
    window: z.object({ opensAt: Instant, closesAt: Instant, extensionEndsAt: Instant }),
    validUntil: Instant.nullable(),
  }),
});

export const ProductView = z.object({
  id: z.string().uuid(),
  producerId: z.string().uuid(),
  code: z.string(),
  name: z.string(),
  sector: z.string(),
  productGroup: z.string(),
  gtin: z.string().nullable(),
  platformGtin: z.string().nullable(),
  brand: z.string().nullable(),
  imageUrl: z.string().nullable(),
  description: z.string().nullable(),
  createdAt: Instant,
  /** The certificate in force, or the latest one; null when the product never had one. */
  certificate: CertificateView.nullable(),
});

export const BatchView = z.object({
  id: z.string().uuid(),
  productId: z.string().uuid(),
  code: z.string(),
  producedAt: Instant,
  bestBefore: z.iso.date().nullable(),
  quantity: z.number().int(),
  rawMaterialOrigin: z.string().nullable(),
  standards: z.array(z.string()),
  nextSeq: z.number().int(),
  createdAt: Instant,
  /** The batch-level QR's URL (information only: it never proves a package). */
  batchStampUrl: z.string().url(),
});

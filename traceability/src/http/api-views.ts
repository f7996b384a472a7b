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

export const IssuanceView = z.object({
  id: z.string().uuid(),
  batchId: z.string().uuid(),
  idempotencyKey: z.string().nullable(),
  requested: z.number().int(),
  issued: z.number().int(),
  status: z.enum(['running', 'done', 'failed']),
  firstSeq: z.number().int().nullable(),
  keyId: z.string(),
  serialVersion: z.number().int(),
  gtin: z.string().nullable(),
  error: z.string().nullable(),
  createdBy: z.string(),
  startedAt: Instant,
  finishedAt: Instant.nullable(),
  progressUrl: z.string(),
  urlsUrl: z.string(),
});

export const SalesEventView = z.object({
  eventId: z.string(),
  kind: z.enum(['sale', 'return', 'cancellation']),
  productId: z.string().uuid(),
  producerId: z.string().uuid(),
  channel: z.string(),
  quantity: z.number().int(),
  /** Integer đồng. */
  amountVnd: z.number().int(),
  occurredAt: Instant,
  orderRef: z.string().nullable(),
  compensatesEventId: z.string().nullable(),
  recordedAt: Instant,
});

export const SalesSummaryView = z.object({
  groupBy: z.string(),
  rows: z.array(
    z.object({
      key: z.string(),
      quantity: z.number().int(),
      amountVnd: z.number().int(),
      events: z.number().int(),
    }),
  ),
});

/** Alerts answer in the database's own (snake_case) names, as they always have. */
export const AlertView = z.object({
  id: z.string().uuid(),
  kind: z.string(),
  status: z.enum(['open', 'resolved']),
  batch_id: z.string().uuid().nullable(),
  seq: z.number().int().nullable(),
  product_id: z.string().uuid().nullable(),
  producer_id: z.string().uuid().nullable(),
  province: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  opened_at: Instant,
  resolved_at: Instant.nullable(),
  resolved_by: z.string().nullable(),
  resolution_note: z.string().nullable(),
});

export const StepView = z.object({
  id: z.string().uuid(),
  batchId: z.string().uuid(),
  position: z.number().int(),
  stage: z.string(),
  occurredAt: Instant,
  place: z.string(),
  inputs: z.array(z.string()),
  note: z.string().nullable(),
  createdBy: z.string(),
  createdAt: Instant,
});

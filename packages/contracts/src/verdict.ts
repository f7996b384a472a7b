import { z } from 'zod';

export const VERDICTS = [
  'genuine',
  'genuine_seen_before',
  'suspicious',
  'void',
  'unknown',
  'certificate_expired',
  'certificate_revoked',
] as const;
export const VerdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof VerdictSchema>;

const Instant = z.string().datetime({ offset: true });

/** The public answer of the stamp resolver (Accept: application/json). Field names are a promise. */
export const VerdictResponseSchema = z.object({
  verdict: VerdictSchema,
  /** "unit": a serialized stamp; "batch": the batch-level code, which proves the batch, not the unit. */
  level: z.enum(['unit', 'batch']),
  message: z.object({ vi: z.string(), en: z.string() }),
  checkedAt: Instant,
  stamp: z
    .object({
      url: z.string().url(),
      serial: z.string().nullable(),
      voidedAt: Instant.nullable(),
    })
    .nullable(),
  product: z.object({
    id: z.string().uuid(),
    code: z.string(),
    name: z.string(),
    gtin: z.string().nullable(),
    sector: z.string(),
    group: z.string(),
    imageUrl: z.string().nullable(),
  }),
  producer: z.object({
    id: z.string().uuid(),
    name: z.string(),
    kind: z.string(),
    address: z.object({
      line: z.string().nullable(),
      commune: z.string(),
      province: z.string(),
      legacyDistrict: z.string().nullable(),
    }),
  }),
  origin: z.object({
    province: z.string(),
    commune: z.string(),
    rawMaterialOrigin: z.string().nullable(),
  }),
  certificate: z
    .object({
      number: z.string(),
      stars: z.number().int().min(3).max(5),
      issuer: z.string(),
      issuingLevel: z.enum(['district', 'province', 'central']),
      decisionNumber: z.string(),
      issuedAt: Instant,
      expiresAt: Instant,
      status: z.enum(['active', 'expiring', 'expired', 'revoked']),
      revokedAt: Instant.nullable(),
      revocationReason: z.string().nullable(),
    })
    .nullable(),
  batch: z.object({
    code: z.string(),
    producedAt: Instant,
    bestBefore: z.string().nullable(),
    standards: z.array(z.string()),
  }),
  scans: z
    .object({
      count: z.number().int(),
      firstScanAt: Instant.nullable(),
      firstScanProvince: z.string().nullable(),
    })
    .nullable(),
});
export type VerdictResponse = z.infer<typeof VerdictResponseSchema>;

export const UnknownVerdictSchema = z.object({
  verdict: z.literal('unknown'),
  message: z.object({ vi: z.string(), en: z.string() }),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});

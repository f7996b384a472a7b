import { z } from 'zod';

/** The verdicts of contract version 1, which clients that ask for no version keep getting. */
export const VERDICTS_V1 = [
  'genuine',
  'genuine_seen_before',
  'suspicious',
  'void',
  'unknown',
  'certificate_expired',
  'certificate_revoked',
] as const;
/**
 * Version 2 adds `batch_info`: a batch-level code (cartons, leaflets) shows the product, batch
 * and certificate as information and never says genuine, because anyone can copy it.
 */
export const VERDICTS = [...VERDICTS_V1, 'batch_info'] as const;
export const VerdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof VerdictSchema>;
export type VerdictV1 = (typeof VERDICTS_V1)[number];

/** The verdict contract's newest version, and how a client asks for it and learns what it got. */
export const VERDICT_VERSION = 3;
export type VerdictVersion = 1 | 2 | 3;
export const VERDICT_VERSION_HEADER = 'ocop-verdict-version';

/**
 * The version a request asks for: the `ocop-verdict-version` header, or a `version=` parameter
 * of `application/json` in Accept; 1 when it names none, so existing clients keep working.
 */
export function requestedVerdictVersion(headers: {
  get(name: string): string | null | undefined;
}): VerdictVersion {
  const named =
    headers.get(VERDICT_VERSION_HEADER) ?? /\bversion\s*=\s*"?(\d+)/i.exec(headers.get('accept') ?? '')?.[1];
  const n = named === undefined || named === null ? Number.NaN : Number(named);
  // A client newer than this registry gets the newest version it knows, and learns which.
  return n >= 3 ? 3 : n >= 2 ? 2 : 1;
}

/** The certificate statuses a verdict can carry: version 3 added `extended` (Decision 26, Art. 12.3). */
export const VERDICT_CERTIFICATE_STATUSES = ['active', 'expiring', 'extended', 'expired', 'revoked'] as const;
export type VerdictCertificateStatusName = (typeof VERDICT_CERTIFICATE_STATUSES)[number];

/**
 * The newest verdict body as an older version says it: for versions 1 and 2 an `extended`
 * certificate (valid, past expiry, its re-evaluation pending) reads `expiring`, the old name of a
 * valid certificate near its end; for version 1 a batch code's verdict is toVerdictV1's.
 */
export function toVerdictVersion<T extends { verdict: Verdict; certificate: { status: string } | null }>(
  body: T,
  version: VerdictVersion,
): T {
  if (version === 3) return body;
  const certificate =
    body.certificate?.status === 'extended' ? { ...body.certificate, status: 'expiring' } : body.certificate;
  return { ...body, certificate, verdict: version === 1 ? toVerdictV1(body.verdict) : body.verdict };
}

/**
 * A version-2 verdict as version 1 says it: a batch code becomes amber `genuine_seen_before`
 * (the old value nearest "real code, not proof of this pack"; never green `genuine`), with
 * `level: "batch"` and the batch message as before.
 */
export function toVerdictV1(verdict: Verdict): VerdictV1 {
  return verdict === 'batch_info' ? 'genuine_seen_before' : verdict;
}

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
    /** Absolute since contract version 2 (older answers could carry a path). */
    imageUrl: z.string().nullable(),
    /** The trademark on the pack (Circular 02); null when none is registered. Added in version 2. */
    brand: z.string().nullable().optional(),
  }),
  producer: z.object({
    id: z.string().uuid(),
    name: z.string(),
    /** Business registration number; null before a producer's first evaluation. Added in version 2. */
    registrationNumber: z.string().nullable().optional(),
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
      /** `extended` since version 3: past expiry, valid while its re-evaluation is pending. */
      status: z.enum(VERDICT_CERTIFICATE_STATUSES),
      revokedAt: Instant.nullable(),
      revocationReason: z.string().nullable(),
    })
    .nullable(),
  batch: z.object({
    code: z.string(),
    producedAt: Instant,
    bestBefore: z.string().nullable(),
    standards: z.array(z.string()),
    /** Production steps in order (Circular 02: stages and their times). Added in version 2. */
    steps: z
      .array(
        z.object({
          stage: z.string(),
          occurredAt: Instant,
          place: z.string(),
          inputs: z.array(z.string()),
          note: z.string().nullable(),
        }),
      )
      .optional(),
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

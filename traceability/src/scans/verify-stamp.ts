import { createHmac } from 'node:crypto';
import type { Verdict, VerdictResponse } from '@ocop/contracts';
import {
  type SerialVerification,
  type StampPath,
  verdictCertificateStatus,
  verifySerial,
} from '@ocop/domain';
import type { Sql } from '../db/client';
import { absoluteUrl } from '../http/absolute-url';
import type { StampKeyring } from '../stamps/stamp-keyring';
import type { NetworkKind, ScanPlace } from './scan-places';
import { verdictMessage } from './verdict-message';
import { LOOK_UP_STATEMENT, VERIFY_PARAMS, VERIFY_STATEMENT_POSITIONAL } from './verify-statement';

export interface VerifyInput {
  stamp: StampPath;
  /** Absolute URL of the stamp as scanned. */
  url: string;
  /** false for HEAD and link lookups: look, but do not count a scan. */
  record: boolean;
  /** Where the network is (GeoIP): the only place copy detection and "first scanned in" believe. */
  place: ScanPlace;
  /** The client's `?province=`: logged apart, never shown, never counted. */
  claimedProvince: string | null;
  /** The raw address, kept in the scan log for SCAN_ADDRESS_RETENTION_DAYS. */
  clientIp: string | null;
  /** The serial's check when the caller made it already (the resolver, for its rate limits). */
  serialCheck?: SerialVerification | null;
}

/** When a unit stamp counts as copied (decision 014); settings COPY_*. */
export interface CopyThresholds {
  /** Distinct fixed-line provinces… */
  provinces: number;
  /** …seen by at least this many distinct fixed-line networks. */
  provinceMinNetworks: number;
  /** Distinct networks of any kind (each carrier once), whatever the provinces. */
  networks: number;
}

export interface VerifyDeps {
  /** Durable pool: alerts. */
  sql: Sql;
  /** Asynchronous-commit pool: scan counts and the scan log. */
  scanSql: Sql;
  clock: () => Date;
  stampKeys: StampKeyring;
  copy: CopyThresholds;
  networkHashSecret: string;
  /** Relative image paths are made absolute against the storefront, else the public origin. */
  storefrontUrl: string | null;
  publicBaseUrl: string;
}

export type VerifyResult = { found: false } | { found: true; body: VerdictResponse };

interface SubjectRow {
  product_id: string;
  product_code: string;
  product_name: string;
  gtin: string | null;
  sector: string;
  product_group: string;
  image_url: string | null;
  brand: string | null;
  producer_id: string;
  registration_number: string | null;
  legal_name: string;
  producer_kind: string;
  province: string;
  commune: string;
  legacy_district: string | null;
  address_line: string | null;
  batch_id: string;
  batch_code: string;
  produced_at: Date;
  best_before: string | null;
  standards: string[];
  raw_material_origin: string | null;
  steps: Array<{ stage: string; occurredAt: string; place: string; inputs: string[]; note: string | null }>;
  cert_number: string | null;
  stars: number | null;
  issuer_name: string | null;
  issuing_level: 'district' | 'province' | 'central' | null;
  decision_number: string | null;
  issued_at: Date | null;
  expires_at: Date | null;
  revoked_at: Date | null;
  revocation_reason: string | null;
  re_evaluation_filed_at: Date | null;
  re_evaluation_decided_at: Date | null;
}

interface StampRow {
  scan_count: number;
  network_count: number;
  fixed_network_count: number;
  first_scan_at: Date | null;
  first_scan_province: string | null;
  provinces: string[];
  voided_at: Date | null;
  suspicious_at: Date | null;
}

/**
 * The resolver's core: is this stamp ours, and what should the person holding it know?
 * One round trip on the hot path (a unit's counted scan); a second only when a stamp first
 * turns suspicious.
 */
export async function verifyStamp(input: VerifyInput, deps: VerifyDeps): Promise<VerifyResult> {
  const { sql, scanSql, clock } = deps;
  const now = clock();
  const { stamp } = input;

  let seq: number | null = null;
  if (stamp.serial !== undefined) {
    const check =
      input.serialCheck ??
      verifySerial(
        { primaryKey: stamp.primaryKey, batch: stamp.batch, serial: stamp.serial },
        deps.stampKeys.find,
      );
    if (!check.ok) return { found: false };
    seq = check.seq;
  }

  const networkHash = input.place.network
    ? `${KIND_MARK[input.place.kind]}${hashNetwork(input.place.network, deps.networkHashSecret)}`
    : null;
  const found =
    seq !== null && input.record
      ? await recordUnitScan(scanSql, stamp, seq, now, input, networkHash)
      : await lookUp(scanSql, stamp, seq);
  if (!found) return { found: false };
  const subject: SubjectRow = found;
  const stampRow = seq === null ? undefined : stampOf(found);
  if (seq !== null && !stampRow) return { found: false };
  if (seq === null && input.record) {
    await scanSql`
      insert into scans (batch_id, seq, scanned_at, province, province_source, claimed_province,
                         network_kind, network_hash, client_ip, verdict)
      values (${subject.batch_id}, null, ${now}, ${input.place.province}, ${sourceOf(input.place)},
              ${input.claimedProvince}, ${input.place.kind}, ${networkHash}, ${input.clientIp}, 'batch')`;
  }

  const certStatus =
    subject.issued_at && subject.expires_at
      ? verdictCertificateStatus(
          {
            issuedAt: subject.issued_at,
            expiresAt: subject.expires_at,
            revokedAt: subject.revoked_at,
            reEvaluationFiledAt: subject.re_evaluation_filed_at,
            reEvaluationDecidedAt: subject.re_evaluation_decided_at,
          },
          now,
        )
      : null;

  let suspicious = false;
  if (stampRow && seq !== null) {
    suspicious = isSuspicious(stampRow, deps.copy);
    if (suspicious && stampRow.suspicious_at === null && input.record) {
      await flagSuspicious(sql, subject, seq, stampRow, now, deps.copy);
    }
  }

  const verdict = decideVerdict({ stampRow, certStatus, suspicious, unit: seq !== null });
  return {
    found: true,
    body: {
      verdict,
      level: seq === null ? 'batch' : 'unit',
      message: verdictMessage(verdict, seq === null, stampRow),
      checkedAt: now.toISOString(),
      stamp: {
        url: input.url,
        serial: stamp.serial ?? null,
        voidedAt: stampRow?.voided_at?.toISOString() ?? null,
      },
      product: {
        id: subject.product_id,
        code: subject.product_code,
        name: subject.product_name,
        // The GTIN on the pack when the stamp has one: a product's own and platform GTIN both resolve.
        gtin: stamp.gtin14 ?? subject.gtin,
        sector: subject.sector,
        group: subject.product_group,
        imageUrl: subject.image_url
          ? absoluteUrl(subject.image_url, deps.storefrontUrl ?? deps.publicBaseUrl)
          : null,
        brand: subject.brand,
      },
      producer: {
        id: subject.producer_id,
        name: subject.legal_name,
        registrationNumber: subject.registration_number,
        kind: subject.producer_kind,
        address: {
          line: subject.address_line,
          commune: subject.commune,
          province: subject.province,
          legacyDistrict: subject.legacy_district,
        },
      },
      origin: {
        province: subject.province,
        commune: subject.commune,
        rawMaterialOrigin: subject.raw_material_origin,
      },
      certificate:
        subject.cert_number && subject.issued_at && subject.expires_at && certStatus
          ? {
              number: subject.cert_number,
              stars: subject.stars ?? 0,
              issuer: subject.issuer_name ?? '',
              issuingLevel: subject.issuing_level ?? 'province',
              decisionNumber: subject.decision_number ?? '',
              issuedAt: subject.issued_at.toISOString(),
              expiresAt: subject.expires_at.toISOString(),
              status: certStatus,
              revokedAt: subject.revoked_at?.toISOString() ?? null,
              revocationReason: subject.revocation_reason,
            }
          : null,
      batch: {
        code: subject.batch_code,
        producedAt: subject.produced_at.toISOString(),
        bestBefore: subject.best_before,
        standards: subject.standards,
        steps: subject.steps.map((s) => ({ ...s, occurredAt: new Date(s.occurredAt).toISOString() })),
      },
      scans: stampRow
        ? {
            count: stampRow.scan_count,
            firstScanAt: stampRow.first_scan_at?.toISOString() ?? null,
            firstScanProvince: stampRow.first_scan_province,
          }
        : null,
    },
  };
}

/** Worst news first: a void stamp, then the certificate, then signs of copying. */
export function decideVerdict(v: {
  stampRow: StampRow | undefined;
  certStatus: string | null;
  suspicious: boolean;
  unit: boolean;
}): Verdict {
  if (v.stampRow?.voided_at) return 'void';
  if (v.certStatus === 'revoked') return 'certificate_revoked';
  if (v.certStatus === 'expired' || v.certStatus === null) return 'certificate_expired';
  if (!v.unit) return 'batch_info';
  if (v.suspicious) return 'suspicious';
  if (v.unit && (v.stampRow?.scan_count ?? 0) > 1) return 'genuine_seen_before';
  return 'genuine';
}

type FoundRow = SubjectRow & Partial<StampRow>;

/**
 * The hot path in one round trip: find the subject, count the scan on the unit's row and log it.
 * A missing subject or stamp row yields no row or null stamp columns.
 */
async function recordUnitScan(
  sql: Sql,
  stamp: StampPath,
  seq: number,
  now: Date,
  input: VerifyInput,
  networkHash: string | null,
): Promise<FoundRow | undefined> {
  const province = input.place.province;
  const values: Record<(typeof VERIFY_PARAMS)[number], string | number | Date | null> = {
    batch_code: stamp.batch,
    product_key: productKeyOf(stamp),
    now,
    province,
    trusted_province: input.place.kind === 'fixed' ? province : null,
    network_hash: networkHash,
    seq,
    province_source: sourceOf(input.place),
    claimed_province: input.claimedProvince,
    network_kind: input.place.kind,
    client_ip: input.clientIp,
  };
  const [row] = (await sql.unsafe(
    VERIFY_STATEMENT_POSITIONAL[stamp.scheme],
    VERIFY_PARAMS.map((name) => values[name]) as never[],
    { prepare: true },
  )) as unknown as FoundRow[];
  return row;
}

/** Looks without counting (HEAD, batch-level codes). */
async function lookUp(sql: Sql, stamp: StampPath, seq: number | null): Promise<FoundRow | undefined> {
  const [row] = (await sql.unsafe(
    LOOK_UP_STATEMENT[stamp.scheme],
    [stamp.batch, productKeyOf(stamp), seq ?? -1],
    { prepare: true },
  )) as unknown as FoundRow[];
  return row;
}

/** What a stamp names its product by: the GTIN-14 under /01/, else the product code. */
function productKeyOf(stamp: StampPath): string {
  return (stamp.scheme === 'gtin' ? stamp.gtin14 : stamp.productCode) ?? '';
}

function stampOf(row: FoundRow): StampRow | undefined {
  if (row.scan_count === null || row.scan_count === undefined) return undefined;
  return {
    scan_count: row.scan_count,
    network_count: row.network_count ?? 0,
    fixed_network_count: row.fixed_network_count ?? 0,
    first_scan_at: row.first_scan_at ?? null,
    first_scan_province: row.first_scan_province ?? null,
    provinces: row.provinces ?? [],
    voided_at: row.voided_at ?? null,
    suspicious_at: row.suspicious_at ?? null,
  };
}

/**
 * Signs of a copied code that a copier cannot fake cheaply and an owner does not make (decision
 * 014): fixed-line networks in several provinces, or more distinct networks than one pack meets.
 * Repeat scans, a client's claimed province and a phone's carrier (one network, no province)
 * never flag a stamp, so one genuine pack cannot be framed from one place.
 */
export function isSuspicious(
  stamp: Pick<StampRow, 'suspicious_at' | 'provinces' | 'network_count' | 'fixed_network_count'>,
  copy: CopyThresholds,
): boolean {
  return stamp.suspicious_at !== null || copyEvidence(stamp, copy) !== null;
}

/** Which rule a stamp crossed, for the alert; null if none. */
export function copyEvidence(
  stamp: Pick<StampRow, 'provinces' | 'network_count' | 'fixed_network_count'>,
  copy: CopyThresholds,
): 'stamp_many_provinces' | 'stamp_many_networks' | null {
  if (stamp.provinces.length >= copy.provinces && stamp.fixed_network_count >= copy.provinceMinNetworks) {
    return 'stamp_many_provinces';
  }
  if (stamp.network_count >= copy.networks) return 'stamp_many_networks';
  return null;
}

/** The stored hash says what kind of network it names, so counts by kind need no lookup. */
const KIND_MARK: Record<NetworkKind, string> = { fixed: 'f.', carrier: 'c.', abroad: 'a.', unknown: 'u.' };

function sourceOf(place: ScanPlace): 'network' | 'unknown' {
  return place.province ? 'network' : 'unknown';
}

/** Scans from one network share a hash; memoized because the same few networks repeat. */
const networkHashes = new Map<string, string>();
function hashNetwork(network: string, secret: string): string {
  const key = `${secret}\u0000${network}`;
  let hash = networkHashes.get(key);
  if (hash === undefined) {
    hash = createHmac('sha256', secret).update(network).digest('base64url').slice(0, 22);
    if (networkHashes.size > 10_000) networkHashes.clear();
    networkHashes.set(key, hash);
  }
  return hash;
}

async function flagSuspicious(
  sql: Sql,
  subject: SubjectRow,
  seq: number,
  stamp: StampRow,
  now: Date,
  copy: CopyThresholds,
) {
  const kind = copyEvidence(stamp, copy) ?? 'stamp_many_networks';
  // The evidence, as officials read it in the alert: what was seen, and the rule it crossed.
  const details = {
    rule:
      kind === 'stamp_many_provinces'
        ? `fixed-line networks in ${copy.provinces}+ provinces (at least ${copy.provinceMinNetworks} networks)`
        : `${copy.networks}+ distinct networks (each mobile carrier counted once)`,
    provinces: stamp.provinces,
    fixedNetworks: stamp.fixed_network_count,
    networks: stamp.network_count,
    scanCount: stamp.scan_count,
    firstScanAt: stamp.first_scan_at?.toISOString() ?? null,
    firstScanProvince: stamp.first_scan_province,
    batchCode: subject.batch_code,
  };
  await sql.begin(async (tx) => {
    const flagged = await tx`
      update stamps set suspicious_at = ${now}
      where batch_id = ${subject.batch_id} and seq = ${seq} and suspicious_at is null returning 1`;
    if (flagged.length === 0) return;
    await tx`
      insert into alerts (kind, batch_id, seq, product_id, producer_id, province, details)
      values (${kind}, ${subject.batch_id}, ${seq}, ${subject.product_id}, ${subject.producer_id},
              ${subject.province}, ${tx.json(details)})
      on conflict do nothing`;
  });
}

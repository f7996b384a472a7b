import { MAX_STARS, MIN_CERTIFIED_STARS, SCORECARD_VERSIONS } from '@ocop/domain';
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  check,
  date,
  index,
  inet,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { PRODUCTION_STAGES } from '../steps/production-stages';

const id = () => uuid('id').primaryKey().defaultRandom();
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const instant = (name: string) => timestamp(name, { withTimezone: true });

export const producerKind = pgEnum('producer_kind', [
  'cooperative',
  'cooperative_group',
  'enterprise',
  'household_business',
]);

export const producers = pgTable('producers', {
  id: id(),
  legalName: text('legal_name').notNull(),
  kind: producerKind('kind').notNull(),
  /** null for a producer a shop brought before it had one (a first evaluation, decision 012). */
  registrationNumber: text('registration_number').unique(),
  province: text('province').notNull(),
  /** The commune's official name as communes-2025.json spells it. */
  commune: text('commune').notNull(),
  /**
   * Its five-digit statistics-office code (communes-2025.json). Null only on rows recorded before
   * codes were kept whose name matched no 2025 commune: migrateDatabase fills the rest.
   */
  communeCode: text('commune_code'),
  /** Kept on records made before the 07/2025 reform, when districts still existed. */
  legacyDistrict: text('legacy_district'),
  addressLine: text('address_line'),
  createdAt: createdAt(),
});

export const producerBindingStatus = pgEnum('producer_binding_status', [
  'pending',
  'active',
  'rejected',
  'suspended',
]);

/**
 * Which shop account (the backend's seller id) acts for which producer (decision 012). A seller
 * token counts only while its (shop, producer) row is active.
 */
export const producerBindings = pgTable(
  'producer_bindings',
  {
    id: id(),
    accountId: text('account_id').notNull(),
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    status: producerBindingStatus('status').notNull().default('pending'),
    reason: text('reason'),
    claimedBy: text('claimed_by').notNull(),
    decidedBy: text('decided_by'),
    decidedAt: instant('decided_at'),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    // The database, not a read-then-write, keeps two shops from holding one producer.
    uniqueIndex('producer_bindings_one_holder_uq')
      .on(t.producerId)
      .where(sql`${t.status} in ('active', 'suspended')`),
    uniqueIndex('producer_bindings_one_live_per_account_uq')
      .on(t.accountId)
      .where(sql`${t.status} <> 'rejected'`),
    index('producer_bindings_producer_idx').on(t.producerId, t.status),
  ],
);

export const products = pgTable(
  'products',
  {
    id: id(),
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    /** Short platform code used in stamp URLs when the product has no GTIN. */
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    sector: text('sector').notNull(),
    productGroup: text('product_group').notNull(),
    /** The producer's own GTIN (GTIN-14), bound by an official; it wins over the platform's. */
    gtin: text('gtin').unique(),
    /**
     * A GTIN-14 the platform allocated from its GS1 company prefix (decision 017) to a product
     * without its own; never reassigned, so stamps printed under it keep resolving.
     */
    platformGtin: text('platform_gtin').unique(),
    /** The trademark on the pack (Circular 02 "nhãn hiệu"); null when the producer has none. */
    brand: text('brand'),
    imageUrl: text('image_url'),
    description: text('description'),
    createdAt: createdAt(),
  },
  (t) => [index('products_producer_idx').on(t.producerId)],
);

/**
 * The next item reference to allocate under each GS1 company prefix the platform numbered
 * products from (decision 017). It only grows: a GTIN given out is never given again.
 */
export const platformGtinCounters = pgTable('platform_gtin_counters', {
  companyPrefix: text('company_prefix').primaryKey(),
  nextItemReference: integer('next_item_reference').notNull().default(0),
});

export const issuingLevel = pgEnum('issuing_level', ['district', 'province', 'central']);
export const revocationReason = pgEnum('revocation_reason', [
  'not_reevaluated',
  'failed_mandatory',
  'quality_violation',
  'other',
]);

export const certificates = pgTable(
  'certificates',
  {
    id: id(),
    number: text('number').notNull().unique(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    stars: smallint('stars').notNull(),
    scoreA: numeric('score_a', { precision: 5, scale: 2, mode: 'number' }).notNull(),
    scoreB: numeric('score_b', { precision: 5, scale: 2, mode: 'number' }).notNull(),
    scoreC: numeric('score_c', { precision: 5, scale: 2, mode: 'number' }).notNull(),
    scoreTotal: numeric('score_total', { precision: 5, scale: 2, mode: 'number' }).notNull(),
    issuingLevel: issuingLevel('issuing_level').notNull(),
    /** The issuer's name as it was at issue: provinces merged in 2025, history keeps the old name. */
    issuerName: text('issuer_name').notNull(),
    decisionNumber: text('decision_number').notNull(),
    issuedAt: instant('issued_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
    revokedAt: instant('revoked_at'),
    revocationReason: revocationReason('revocation_reason'),
    revocationNote: text('revocation_note'),
    revocationDecision: text('revocation_decision'),
    /** The certificate this one renews (re-evaluation). */
    renewsId: uuid('renews_id'),
    /** The criteria the council scored on; certificates from before Decision 26 keep 148's. */
    scorecardVersion: text('scorecard_version').notNull().default('qd148-2023'),
    /**
     * When the producer filed its re-evaluation dossier for this certificate (Decision 26,
     * Art. 7.6a); a timely filing still undecided at expiry extends it (Art. 12.3).
     */
    reEvaluationFiledAt: instant('re_evaluation_filed_at'),
    /** When the council decided on that dossier: renewed (a new certificate) or refused. */
    reEvaluationDecidedAt: instant('re_evaluation_decided_at'),
    reEvaluationDecision: text('re_evaluation_decision'),
    expiredNotifiedAt: instant('expired_notified_at'),
    expiryNoticeAt: instant('expiry_notice_at'),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('certificates_product_idx').on(t.productId, t.issuedAt),
    index('certificates_expires_idx').on(t.expiresAt),
    // A certificate is renewed once: concurrent renewals cannot both land.
    uniqueIndex('certificates_renews_uq').on(t.renewsId),
    check(
      'certificates_re_evaluation_decided_when_filed',
      sql`${t.reEvaluationDecidedAt} is null or ${t.reEvaluationFiledAt} is not null`,
    ),
    check(
      'certificates_scorecard_version',
      sql`${t.scorecardVersion} in (${sql.raw(SCORECARD_VERSIONS.map((v) => `'${v}'`).join(', '))})`,
    ),
    check(
      'certificates_stars_certified',
      sql`${t.stars} between ${sql.raw(String(MIN_CERTIFIED_STARS))} and ${sql.raw(String(MAX_STARS))}`,
    ),
  ],
);

export const batches = pgTable(
  'batches',
  {
    id: id(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    code: text('code').notNull(),
    producedAt: instant('produced_at').notNull(),
    bestBefore: date('best_before', { mode: 'string' }),
    quantity: integer('quantity').notNull(),
    rawMaterialOrigin: text('raw_material_origin'),
    standards: text('standards').array().notNull().default(sql`'{}'::text[]`),
    /** Next unused stamp sequence number; issuance reserves ranges under a row lock. */
    nextSeq: integer('next_seq').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('batches_product_code_uq').on(t.productId, t.code)],
);

export const productionStage = pgEnum('production_stage', PRODUCTION_STAGES);

/**
 * What happened to a batch before it was packed (Circular 02/2024: production stages and their
 * times): stage, when, where, from what. Entered by the producer; the verify page and the EPCIS
 * export read them in order.
 */
export const productionSteps = pgTable(
  'production_steps',
  {
    id: id(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => batches.id),
    position: integer('position').notNull(),
    stage: productionStage('stage').notNull(),
    occurredAt: instant('occurred_at').notNull(),
    place: text('place').notNull(),
    inputs: text('inputs').array().notNull().default(sql`'{}'::text[]`),
    note: text('note'),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('production_steps_batch_position_uq').on(t.batchId, t.position)],
);

export const issuanceStatus = pgEnum('stamp_issuance_status', ['running', 'done', 'failed']);

export const stampIssuances = pgTable(
  'stamp_issuances',
  {
    id: id(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => batches.id),
    idempotencyKey: text('idempotency_key'),
    requested: integer('requested').notNull(),
    issued: integer('issued').notNull().default(0),
    status: issuanceStatus('status').notNull().default('running'),
    firstSeq: integer('first_seq'),
    keyId: text('key_id').notNull(),
    // 1 or 2 (decision 016): chosen when the print run starts, so its URLs never change.
    serialVersion: smallint('serial_version').notNull().default(1),
    // The GTIN-14 the run's stamps carry and sign (/01/); null: the product code (/ocop/). Chosen
    // when the run starts (decision 017), so a product gaining a GTIN never changes its URLs.
    gtin: text('gtin'),
    error: text('error'),
    createdBy: text('created_by').notNull(),
    startedAt: instant('started_at').notNull().defaultNow(),
    finishedAt: instant('finished_at'),
  },
  (t) => [
    uniqueIndex('stamp_issuances_idem_uq').on(t.batchId, t.idempotencyKey),
    // One print run at a time per batch: a second one would only wait for the batch row lock
    // while holding a connection.
    uniqueIndex('stamp_issuances_one_running_uq').on(t.batchId).where(sql`${t.status} = 'running'`),
  ],
);

/**
 * One row per serialized unit. The serial itself is not stored: it is derived from
 * (product key, batch, key id, seq) by the HMAC, so the row only needs (batch, seq).
 */
export const stamps = pgTable(
  'stamps',
  {
    batchId: uuid('batch_id').notNull(),
    seq: integer('seq').notNull(),
    issuanceId: uuid('issuance_id').notNull(),
    voidedAt: instant('voided_at'),
    voidReason: text('void_reason'),
    scanCount: integer('scan_count').notNull().default(0),
    firstScanAt: instant('first_scan_at'),
    firstScanProvince: text('first_scan_province'),
    lastScanAt: instant('last_scan_at'),
    /** Provinces derived from the network (not claimed by clients): the copy-detection signal. */
    provinces: text('provinces').array().notNull().default(sql`'{}'::text[]`),
    /** Distinct network-prefix hashes seen, capped just past the suspicious threshold. */
    networks: text('networks').array().notNull().default(sql`'{}'::text[]`),
    suspiciousAt: instant('suspicious_at'),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.seq] })],
);

export const provinceSource = pgEnum('province_source', ['client', 'network', 'unknown']);

export const scans = pgTable(
  'scans',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    batchId: uuid('batch_id').notNull(),
    /** null for a batch-level code. */
    seq: integer('seq'),
    scannedAt: instant('scanned_at').notNull().defaultNow(),
    /** The network's province (GeoIP, fixed lines only); older rows may hold a client's claim. */
    province: text('province'),
    provinceSource: provinceSource('province_source').notNull(),
    /** What the client said (`?province=`): kept apart, never shown as where a stamp was scanned. */
    claimedProvince: text('claimed_province'),
    /** fixed, carrier, abroad or unknown (decision 014). */
    networkKind: text('network_kind'),
    /** Keyed hash of the /24, /48, carrier or country: tells places apart without keeping an IP. */
    networkHash: text('network_hash'),
    /** The raw address, erased after SCAN_ADDRESS_RETENTION_DAYS. */
    clientIp: inet('client_ip'),
    verdict: text('verdict').notNull(),
  },
  (t) => [
    index('scans_stamp_idx').on(t.batchId, t.seq, t.scannedAt),
    index('scans_client_ip_idx').on(t.scannedAt).where(sql`${t.clientIp} is not null`),
  ],
);

export const alertKind = pgEnum('alert_kind', [
  'stamp_many_provinces',
  'stamp_many_scans',
  'consumer_report',
  'stamp_many_networks',
]);
export const alertStatus = pgEnum('alert_status', ['open', 'resolved']);

export const alerts = pgTable(
  'alerts',
  {
    id: id(),
    kind: alertKind('kind').notNull(),
    status: alertStatus('status').notNull().default('open'),
    batchId: uuid('batch_id'),
    seq: integer('seq'),
    productId: uuid('product_id'),
    producerId: uuid('producer_id'),
    province: text('province'),
    details: jsonb('details').notNull().default(sql`'{}'::jsonb`),
    openedAt: instant('opened_at').notNull().defaultNow(),
    resolvedAt: instant('resolved_at'),
    resolvedBy: text('resolved_by'),
    resolutionNote: text('resolution_note'),
  },
  (t) => [
    uniqueIndex('alerts_open_stamp_uq')
      .on(t.kind, t.batchId, t.seq)
      .where(sql`${t.status} = 'open' and ${t.kind} <> 'consumer_report'`),
    index('alerts_status_idx').on(t.status, t.openedAt),
  ],
);

export const salesChannel = pgEnum('sales_channel', [
  'marketplace',
  'showroom',
  'supermarket',
  'livestream',
  'other',
]);
export const salesEventKind = pgEnum('sales_event_kind', ['sale', 'return', 'cancellation']);

/** Append-only: returns and cancellations are compensating rows with negative quantity and amount. */
export const salesEvents = pgTable(
  'sales_events',
  {
    eventId: text('event_id').primaryKey(),
    kind: salesEventKind('kind').notNull(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    channel: salesChannel('channel').notNull(),
    quantity: integer('quantity').notNull(),
    amountVnd: bigint('amount_vnd', { mode: 'number' }).notNull(),
    occurredAt: instant('occurred_at').notNull(),
    orderRef: text('order_ref'),
    compensatesEventId: text('compensates_event_id'),
    payloadHash: text('payload_hash').notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: instant('recorded_at').notNull().defaultNow(),
  },
  (t) => [index('sales_events_product_idx').on(t.productId, t.occurredAt)],
);

/** Per product × channel × Vietnamese calendar day; written in the same transaction as the event. */
export const salesDaily = pgTable(
  'sales_daily',
  {
    productId: uuid('product_id').notNull(),
    producerId: uuid('producer_id').notNull(),
    channel: salesChannel('channel').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    quantity: bigint('quantity', { mode: 'number' }).notNull(),
    amountVnd: bigint('amount_vnd', { mode: 'number' }).notNull(),
    events: integer('events').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.productId, t.channel, t.day] }),
    index('sales_daily_producer_idx').on(t.producerId, t.day),
  ],
);

export const subscribers = pgTable('event_subscribers', {
  id: id(),
  name: text('name').notNull().unique(),
  url: text('url').notNull(),
  /** Used to sign deliveries (HMAC-SHA-256 in X-OCOP-Signature). */
  secret: text('secret').notNull(),
  topics: text('topics').array().notNull(),
  active: integer('active').notNull().default(1),
  createdAt: createdAt(),
});

export const outbox = pgTable('outbox', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  topic: text('topic').notNull(),
  aggregateId: text('aggregate_id').notNull(),
  payload: jsonb('payload').notNull(),
  createdAt: createdAt(),
});

export const deliveries = pgTable(
  'deliveries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    outboxId: bigint('outbox_id', { mode: 'number' })
      .notNull()
      .references(() => outbox.id),
    subscriberId: uuid('subscriber_id')
      .notNull()
      .references(() => subscribers.id),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: instant('next_attempt_at').notNull().defaultNow(),
    deliveredAt: instant('delivered_at'),
    lastError: text('last_error'),
  },
  (t) => [
    uniqueIndex('deliveries_outbox_subscriber_uq').on(t.outboxId, t.subscriberId),
    index('deliveries_pending_idx').on(t.nextAttemptAt).where(sql`${t.deliveredAt} is null`),
  ],
);

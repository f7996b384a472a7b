import type { StampPath } from '@ocop/domain';
import { CURRENT_CERTIFICATE_JOIN } from '../certificates/current-certificate';

/** Distinct network hashes kept on a stamp's row: past every copy threshold, so counting stays exact. */
export const NETWORKS_KEPT = 200;

type StampScheme = StampPath['scheme'];

/*
 * The statement verifyStamp runs per counted scan of a unit stamp: find the subject (product,
 * producer, batch with its production steps, certificate in force), count the scan on the unit's
 * row and log it, in one round trip. A fixed text, prepared once per connection, with each value
 * bound once: postgres.js builds nothing per scan. The bench runs the same text: its floor server
 * (positional parameters) and pgbench (named variables).
 */
export const VERIFY_PARAMS = [
  'batch_code',
  'product_key',
  'now',
  'province',
  'trusted_province',
  'network_hash',
  'seq',
  'province_source',
  'claimed_province',
  'network_kind',
  'client_ip',
] as const;
type Param = (typeof VERIFY_PARAMS)[number];

/** The product, producer, batch (with its steps) and certificate in force: the verdict's subject. */
function subjectSelect(p: (name: 'batch_code' | 'product_key') => string, scheme: StampScheme): string {
  const productMatch =
    scheme === 'gtin'
      ? `(p.gtin = ${p('product_key')} or p.platform_gtin = ${p('product_key')})`
      : `p.code = ${p('product_key')}`;
  return `
  select p.id as product_id, p.code as product_code, p.name as product_name,
         coalesce(p.gtin, p.platform_gtin) as gtin, p.sector,
         p.product_group, p.image_url, p.brand,
         pr.id as producer_id, pr.registration_number, pr.legal_name, pr.kind as producer_kind, pr.province, pr.commune,
         pr.legacy_district, pr.address_line,
         b.id as batch_id, b.code as batch_code, b.produced_at, b.best_before::text as best_before,
         b.standards, b.raw_material_origin,
         (select coalesce(json_agg(json_build_object('stage', s.stage, 'occurredAt', s.occurred_at,
                   'place', s.place, 'inputs', s.inputs, 'note', s.note) order by s.position), '[]'::json)
          from production_steps s where s.batch_id = b.id) as steps,
         c.number as cert_number, c.stars, c.issuer_name, c.issuing_level, c.decision_number,
         c.issued_at, c.expires_at, c.revoked_at, c.revocation_reason,
         c.re_evaluation_filed_at, c.re_evaluation_decided_at
  from products p
  join producers pr on pr.id = p.producer_id
  join batches b on b.product_id = p.id and b.code = ${p('batch_code')}
  ${CURRENT_CERTIFICATE_JOIN}
  where ${productMatch}`;
}

export function verifyStatement(param: (name: Param) => string, scheme: StampScheme = 'ocop'): string {
  const p = param;
  return `
with subject as (${subjectSelect(p, scheme)}),
counted as (
  update stamps st set
    scan_count = st.scan_count + 1,
    first_scan_at = coalesce(st.first_scan_at, ${p('now')}::timestamptz),
    first_scan_province = case when st.first_scan_at is null then ${p('province')}::text else st.first_scan_province end,
    last_scan_at = ${p('now')}::timestamptz,
    provinces = case
      when ${p('trusted_province')}::text is null or ${p('trusted_province')}::text = any(st.provinces) then st.provinces
      else array_append(st.provinces, ${p('trusted_province')}::text) end,
    networks = case
      when ${p('network_hash')}::text is null or ${p('network_hash')}::text = any(st.networks)
           or cardinality(st.networks) >= ${NETWORKS_KEPT}::int then st.networks
      else array_append(st.networks, ${p('network_hash')}::text) end
  from subject
  where st.batch_id = subject.batch_id and st.seq = ${p('seq')}::int
  returning st.scan_count, cardinality(st.networks) as network_count,
            (select count(*)::int from unnest(st.networks) n where n like 'f.%') as fixed_network_count,
            st.first_scan_at, st.first_scan_province, st.provinces, st.voided_at, st.suspicious_at
),
logged as (
  insert into scans (batch_id, seq, scanned_at, province, province_source, claimed_province,
                     network_kind, network_hash, client_ip, verdict)
  select subject.batch_id, ${p('seq')}::int, ${p('now')}::timestamptz, ${p('province')}::text,
         ${p('province_source')}::province_source, ${p('claimed_province')}::text, ${p('network_kind')}::text,
         ${p('network_hash')}::text, ${p('client_ip')}::inet,
         case when counted.voided_at is not null then 'void' else 'counted' end
  from counted, subject
)
select subject.*, counted.* from subject left join counted on true;
`;
}

const positional = (name: Param) => `$${VERIFY_PARAMS.indexOf(name) + 1}`;

/**
 * A look without counting (HEAD, batch-level codes): the subject and the unit's row, if any.
 * $1 batch code, $2 GTIN-14 or product code, $3 seq (-1 for none).
 */
function lookUpStatement(scheme: StampScheme): string {
  return `
with subject as (${subjectSelect((name) => (name === 'batch_code' ? '$1' : '$2'), scheme)})
select subject.*, st.scan_count, cardinality(st.networks) as network_count,
       (select count(*)::int from unnest(st.networks) n where n like 'f.%') as fixed_network_count,
       st.first_scan_at, st.first_scan_province, st.provinces, st.voided_at, st.suspicious_at
from subject left join stamps st on st.batch_id = subject.batch_id and st.seq = $3::int
`;
}

export const LOOK_UP_STATEMENT = { ocop: lookUpStatement('ocop'), gtin: lookUpStatement('gtin') };

/** For postgres.js (`sql.unsafe(text, values, { prepare: true })`): $1 … $n in VERIFY_PARAMS order. */
export const VERIFY_STATEMENT_POSITIONAL = {
  ocop: verifyStatement(positional, 'ocop'),
  gtin: verifyStatement(positional, 'gtin'),
};

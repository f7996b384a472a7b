/*
 * The statement verifyStamp (traceability/src/scans/verify-stamp.ts, recordUnitScan) runs per
 * counted scan of a product without a GTIN, copied as it is: find the subject (with its
 * production steps), count the scan, log it, in one round trip. The floor server (positional
 * parameters) and pgbench (named variables) both run this text. Keep in step with
 * verify-stamp.ts when it changes.
 */
export const VERIFY_PARAMS = [
  'batch_code',
  'product_code',
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

export function verifyStatement(param: (name: Param) => string): string {
  const p = param;
  return `
with subject as (
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
         c.issued_at, c.expires_at, c.revoked_at, c.revocation_reason
  from products p
  join producers pr on pr.id = p.producer_id
  join batches b on b.product_id = p.id and b.code = ${p('batch_code')}
  left join lateral (
    select * from certificates c where c.product_id = p.id
    order by c.issued_at desc, c.created_at desc limit 1
  ) c on true
  where p.code = ${p('product_code')}),
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
           or cardinality(st.networks) >= 200::int then st.networks
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

/** For postgres.js: $1 … $n in VERIFY_PARAMS order. */
export const VERIFY_STATEMENT_POSITIONAL = verifyStatement((name) => `$${VERIFY_PARAMS.indexOf(name) + 1}`);

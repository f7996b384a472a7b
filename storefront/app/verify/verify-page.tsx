import { VERDICT_DISPLAY, type VerdictResponse, type VerdictTone } from '@ocop/contracts/client';
import { isCertificateInForce, PROVINCE_NAMES, reEvaluationWindow } from '@ocop/domain/client';
import {
  type ActionFunctionArgs,
  data,
  type HeadersFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { isbot } from 'isbot';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { OcopBadge } from '../components/ocop-badge';
import type { Language } from '../i18n/i18n';
import { listProducts } from '../lib/catalog.server';
import { env } from '../lib/env.server';
import { formatDate, formatDateTime, groupName } from '../lib/format';
import { isUpstream, refuse } from '../lib/http-error';
import { rootMeta } from '../lib/meta';
import { readForm } from '../lib/read-form.server';
import { minutesToWait } from '../lib/read-refusal';
import { recallVerdict, rememberVerdict } from '../lib/recent-verdicts.server';
import { reportFake, type VerifyOutcome, verifyStamp } from '../lib/registry.server';
import { commit, getSession } from '../lib/session.server';

/** Far above any real stamp path (a product code, a batch and a 20-character serial). */
const MAX_STAMP_PATH = 256;

type Tone = VerdictTone | 'neutral';

/**
 * The page a consumer's phone opens when they scan a stamp: the registry's verdict, large and
 * plain, then the product's proof. Server-rendered, so it works without JavaScript; never
 * cached, because every scan is counted. What is not a person's scan is not counted: a link
 * preview or crawler, a HEAD request, and a redraw of the page this session already has (another
 * language, after sending a report).
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const session = await getSession(request);
  const scanId = session.get('scanId');
  const redraw = Boolean(scanId) && session.get('relook') === scanId;
  session.unset('relook');
  const reported = session.get('reported') ?? null;
  const reportRefused = Boolean(session.get('reportRefused'));
  const reportLimited = session.get('reportLimited') ?? null;
  const reportUnavailable = Boolean(session.get('reportUnavailable'));

  let outcome: VerifyOutcome | null = redraw && scanId ? await recallVerdict(scanId, url.pathname) : null;
  // No stamp path is this long (decision 005): not worth a question to the registry.
  if (!outcome && url.pathname.length > MAX_STAMP_PATH)
    outcome = { kind: 'unknown', status: 404, message: null };
  if (!outcome && (request.method === 'HEAD' || isbot(request.headers.get('user-agent')))) {
    outcome = { kind: 'preview', status: 200 };
  }
  if (!outcome) {
    outcome = await verifyStamp(url.pathname, url.search, context.clientAddress);
    // What the registry said of the stamp; an outage or a rate limit is asked again next time.
    if (['verdict', 'unknown', 'malformed'].includes(outcome.kind)) {
      const id = await rememberVerdict(url.pathname, outcome);
      if (id) session.set('scanId', id);
      else session.unset('scanId');
    }
  }
  let buyHandle: string | null = null;
  if (
    outcome.kind === 'verdict' &&
    ['genuine', 'genuine_seen_before', 'batch_info'].includes(outcome.verdict.verdict)
  ) {
    const page = await listProducts({ registry_product_id: outcome.verdict.product.id, limit: 1 }).catch(
      () => null,
    );
    buyHandle = page?.products[0]?.handle ?? null;
  }
  return data(
    {
      outcome,
      buyHandle,
      report:
        reported || reportRefused || reportLimited || reportUnavailable
          ? { sent: reported, refused: reportRefused, limited: reportLimited, unavailable: reportUnavailable }
          : null,
      provinces: [...PROVINCE_NAMES].sort((a, b) => a.localeCompare(b, 'vi')),
    },
    {
      status: outcome.status === 503 ? 503 : outcome.status,
      headers: { 'cache-control': 'no-store', ...(await commit(session)) },
    },
  );
}

export const headers: HeadersFunction = ({ loaderHeaders }) => {
  const cookie = loaderHeaders.get('set-cookie');
  return { 'cache-control': 'no-store', ...(cookie ? { 'set-cookie': cookie } : {}) };
};

const Report = z.object({
  note: z.string().trim().min(3).max(2000),
  province: z
    .string()
    .optional()
    .transform((p) => (p && PROVINCE_NAMES.includes(p) ? p : null)),
  contact: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((c) => c || null),
});

/**
 * A report of a suspected fake. Answered with a redirect back to the stamp's page (with or
 * without JavaScript), which redraws the verdict this session already has instead of scanning
 * the stamp again.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const url = new URL(request.url);
  if (url.pathname.length > MAX_STAMP_PATH) refuse(404, 'unknown_stamp', 'No stamp has this path.');
  const session = await getSession(request);
  const parsed = Report.safeParse(await readForm(request));
  if (parsed.success) {
    try {
      const { id } = await reportFake(
        { stampUrl: `${env.publicUrl}${url.pathname}`, ...parsed.data },
        context.clientAddress,
      );
      session.flash('reported', id);
    } catch (error) {
      if (!isUpstream(error)) throw error;
      if (error.status === 429) session.flash('reportLimited', minutesToWait(error.retryAfter));
      else if (error.status >= 500) session.flash('reportUnavailable', '1');
      else session.flash('reportRefused', '1');
    }
  } else {
    session.flash('reportRefused', '1');
  }
  const scanId = session.get('scanId');
  if (scanId) session.set('relook', scanId);
  return redirect(`${url.pathname}${url.search}`, { headers: await commit(session) });
}

export const meta: MetaFunction<typeof loader> = (args) => {
  const { t } = rootMeta(args);
  const outcome = args.data?.outcome;
  const name = outcome?.kind === 'verdict' ? ` – ${outcome.verdict.product.name}` : '';
  return [{ title: `${t('verify.title')}${name}` }, { name: 'robots', content: 'noindex' }];
};

export default function VerifyPage() {
  const { outcome, buyHandle, provinces, report } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const lng = i18n.language as Language;

  const verdict = outcome.kind === 'verdict' ? outcome.verdict : null;
  const code = verdict?.verdict ?? 'unknown';
  const noVerdict = ['rate_limited', 'unavailable', 'preview'].includes(outcome.kind);
  const tone: Tone =
    outcome.kind === 'preview' ? 'neutral' : noVerdict ? 'amber' : VERDICT_DISPLAY[code].tone;
  const heading = noVerdict ? t('verify.title') : t(`verify.verdicts.${code}`);
  let detail: string | null = null;
  if (outcome.kind === 'preview') detail = t('verify.preview');
  else if (outcome.kind === 'malformed') detail = t('verify.malformed');
  else if (outcome.kind === 'rate_limited') detail = t('verify.rateLimited', { seconds: outcome.retryAfter });
  else if (outcome.kind === 'unavailable') detail = t('verify.unavailable');
  else if (outcome.kind === 'unknown') detail = outcome.message?.[lng] ?? null;
  else if (verdict?.verdict === 'genuine_seen_before' && verdict.scans?.firstScanAt) {
    detail = verdict.scans.firstScanProvince
      ? t('verify.seenBefore', {
          date: formatDateTime(verdict.scans.firstScanAt, lng),
          province: verdict.scans.firstScanProvince,
        })
      : t('verify.seenBeforeNoPlace', { date: formatDateTime(verdict.scans.firstScanAt, lng) });
  } else if (verdict) detail = verdict.message[lng];

  return (
    <div className="container narrow verify-page">
      <section
        className={`verdict verdict-${tone}`}
        data-verdict={outcome.kind === 'preview' ? 'preview' : code}
        data-tone={tone}
        aria-live="polite"
      >
        <span className="verdict-icon" aria-hidden="true">
          {tone === 'green'
            ? '✓'
            : tone === 'amber'
              ? '!'
              : tone === 'neutral'
                ? '?'
                : tone === 'info'
                  ? 'i'
                  : '✕'}
        </span>
        <div>
          <h1>{heading}</h1>
          {detail ? <p className="verdict-detail">{detail}</p> : null}
          {verdict?.verdict === 'genuine_seen_before' && verdict.scans?.firstScanProvince ? (
            // DB-IP Lite is CC BY 4.0: a page showing a place derived from it names it (decision 014).
            <p className="verdict-detail small" data-testid="place-attribution">
              {t('verify.placeSource')}{' '}
              <a href="https://db-ip.com" rel="noopener">
                IP Geolocation by DB-IP
              </a>{' '}
              (CC BY 4.0).
            </p>
          ) : null}
          {verdict?.scans && verdict.verdict !== 'genuine' ? (
            <p className="verdict-detail small">{t('verify.scanCount', { count: verdict.scans.count })}</p>
          ) : null}
          {verdict?.level === 'batch' && verdict.verdict !== 'batch_info' ? (
            // batch_info's own message says it already; a revoked or expired batch code's does not.
            <p className="verdict-detail small">{t('verify.batchLevel')}</p>
          ) : null}
        </div>
      </section>

      {verdict ? <VerdictDetails verdict={verdict} lng={lng} buyHandle={buyHandle} /> : null}

      <details className="report" open={Boolean(report)}>
        <summary>{t('verify.report.title')}</summary>
        {report?.sent ? (
          <p className="notice notice-ok" role="status">
            {t('verify.report.sent', { id: report.sent.slice(0, 8).toUpperCase() })}
          </p>
        ) : (
          <Form method="post" className="card-form">
            <p className="muted">{t('verify.report.intro')}</p>
            <div className="field">
              <label htmlFor="note">{t('verify.report.note')}</label>
              <textarea id="note" name="note" required minLength={3} maxLength={2000} rows={3} />
              {report?.refused ? (
                <p className="field-error" role="alert">
                  {t('verify.report.noteTooShort')}
                </p>
              ) : null}
              {report?.limited ? (
                <p className="field-error" role="alert">
                  {t('verify.report.limited', { minutes: report.limited })}
                </p>
              ) : null}
              {report?.unavailable ? (
                <p className="field-error" role="alert">
                  {t('verify.report.unavailable')}
                </p>
              ) : null}
            </div>
            <div className="field">
              <label htmlFor="report-province">{t('verify.report.province')}</label>
              <select id="report-province" name="province" defaultValue="">
                <option value="">—</option>
                {provinces.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="contact">{t('verify.report.contact')}</label>
              <input id="contact" name="contact" maxLength={200} autoComplete="tel" />
            </div>
            <button type="submit" className="button button-danger">
              {t('verify.report.submit')}
            </button>
          </Form>
        )}
      </details>
    </div>
  );
}

function VerdictDetails({
  verdict: v,
  lng,
  buyHandle,
}: {
  verdict: VerdictResponse;
  lng: Language;
  buyHandle: string | null;
}) {
  const { t } = useTranslation();
  const place = [v.producer.address.line, v.producer.address.commune, v.producer.address.province]
    .filter(Boolean)
    .join(', ');
  return (
    <article className="verify-details">
      <div className="verify-product">
        {v.product.imageUrl ? (
          <img src={v.product.imageUrl} alt={v.product.name} width={160} height={160} fetchPriority="high" />
        ) : null}
        <div>
          <p className="eyebrow">{groupName(v.product.group, lng)}</p>
          <h2>{v.product.name}</h2>
          {v.product.brand ? (
            <p className="muted">
              {t('verify.brand')}: {v.product.brand}
            </p>
          ) : null}
          {/* The stars are shown only while the certificate is in force. */}
          {v.certificate && isCertificateInForce(v.certificate.status) ? (
            <OcopBadge stars={v.certificate.stars} size="large" />
          ) : null}
        </div>
      </div>
      <dl className="facts">
        <dt>{t('verify.producer')}</dt>
        <dd>
          {v.producer.name}
          <span className="block muted">{place}</span>
          {v.producer.registrationNumber ? (
            <span className="block muted">
              {t('verify.registrationNumber')}: <span className="mono">{v.producer.registrationNumber}</span>
            </span>
          ) : null}
        </dd>
        <dt>{t('verify.code')}</dt>
        <dd className="mono">{v.product.gtin ?? v.product.code}</dd>
        {v.stamp?.serial ? (
          <>
            <dt>{t('verify.serial')}</dt>
            <dd className="mono break">{v.stamp.serial}</dd>
          </>
        ) : null}
        <dt>{t('verify.origin')}</dt>
        <dd>
          {[v.origin.commune, v.origin.province].join(', ')}
          {v.origin.rawMaterialOrigin ? (
            <span className="block muted">{v.origin.rawMaterialOrigin}</span>
          ) : null}
        </dd>
        {v.certificate ? (
          <>
            <dt>{t('verify.certificate')}</dt>
            <dd>
              <span className="mono">{v.certificate.number}</span>
              <span className="block muted">{v.certificate.issuer}</span>
              {v.certificate.decisionNumber ? (
                <span className="block muted">
                  {t('verify.decision')}: {v.certificate.decisionNumber}
                </span>
              ) : null}
            </dd>
            <dt>{t('verify.status')}</dt>
            <dd>
              <span
                className={`tag ${v.certificate.status === 'active' ? 'tag-green' : v.certificate.status === 'expiring' || v.certificate.status === 'extended' ? 'tag-amber' : 'tag-red'}`}
              >
                {t(`verify.statuses.${v.certificate.status}`)}
              </span>{' '}
              {formatDate(v.certificate.issuedAt, lng)} – {formatDate(v.certificate.expiresAt, lng)}
              {v.certificate.status === 'extended' ? (
                <span className="block">
                  {t('verify.extendedUntil', {
                    // The window's end is exclusive: the last valid day is the one before it.
                    date: formatDate(
                      new Date(
                        reEvaluationWindow(new Date(v.certificate.expiresAt)).extensionEndsAt.getTime() - 1,
                      ),
                      lng,
                    ),
                  })}
                </span>
              ) : null}
              {v.certificate.revokedAt ? (
                <span className="block">
                  {t('verify.revokedOn', { date: formatDate(v.certificate.revokedAt, lng) })}
                </span>
              ) : null}
              {v.certificate.revocationReason ? (
                <span className="block muted">
                  {t(`verify.revocationReasons.${v.certificate.revocationReason}`, {
                    defaultValue: v.certificate.revocationReason,
                  })}
                </span>
              ) : null}
            </dd>
          </>
        ) : null}
        <dt>{t('verify.batch')}</dt>
        <dd>
          <span className="mono">{v.batch.code}</span>
          <span className="block">
            {t('product.producedAt')}: {formatDate(v.batch.producedAt, lng)}
            {v.batch.bestBefore
              ? ` · ${t('product.bestBefore')}: ${formatDate(v.batch.bestBefore, lng)}`
              : ''}
          </span>
          {v.batch.standards.length ? (
            <span className="block">
              {v.batch.standards.map((s) => (
                <span key={s} className="tag">
                  {s}
                </span>
              ))}
            </span>
          ) : null}
        </dd>
      </dl>
      {v.batch.steps?.length ? (
        <section className="verify-steps" aria-labelledby="steps-heading">
          <h3 id="steps-heading">{t('verify.steps')}</h3>
          <ol>
            {v.batch.steps.map((s) => (
              <li key={`${s.stage}-${s.occurredAt}`}>
                <strong>{t(`verify.stages.${s.stage}`, { defaultValue: s.stage })}</strong>{' '}
                <time dateTime={s.occurredAt}>{formatDate(s.occurredAt, lng)}</time>
                <span className="block muted">{s.place}</span>
                {s.inputs.length ? <span className="block small">{s.inputs.join(', ')}</span> : null}
                {s.note ? <span className="block small">{s.note}</span> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <p className="muted small">{t('verify.checkedAt', { time: formatDateTime(v.checkedAt, lng) })}</p>
      {buyHandle ? (
        <Link className="button button-primary button-wide" to={`/san-pham/${buyHandle}`}>
          {t('verify.buy')}
        </Link>
      ) : null}
    </article>
  );
}

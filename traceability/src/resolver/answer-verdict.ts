import { requestedVerdictVersion, toVerdictVersion, VERDICT_VERSION_HEADER } from '@ocop/contracts';
import {
  isProvince,
  parseDigitalLinkPath,
  type SerialVerification,
  type StampPath,
  verifySerial,
} from '@ocop/domain';
import { rateLimitKey, resolveClientAddress } from '../http/client-address';
import type { RegistryDeps } from '../http/deps';
import type { AnswerHeaders } from '../http/security-headers';
import { verdictMessage } from '../scans/verdict-message';
import { verifyStamp } from '../scans/verify-stamp';
import { tooManyBody } from './answer-too-many';
import { stampLinkHeader } from './format-link-header';
import { negotiateLinkType } from './negotiate-link-type';
import { renderVerdictPage, VERDICT_PAGE_CSP } from './render-verdict-page';

/** A stamp request, read from Hono's context or straight from node:http (http/create-server.ts). */
export interface VerdictAsk {
  method: string;
  /** The path as received, without the query. */
  path: string;
  query(name: string): string | undefined;
  /** A request header, by its lower-case name. */
  header(name: string): string | undefined;
  /** The socket's peer address. */
  peer: string | null;
}

/** An answer as status, headers (a plain object) and body. */
export interface PlainAnswer {
  status: number;
  headers: AnswerHeaders;
  body: string;
}

const JSON_TYPE = 'application/json';

/**
 * The resolver's answer for a stamp's verdict: JSON for apps, the page for people when there is
 * no storefront. null when the request is for links instead (a linkset, a link type, a person
 * the storefront's page serves): answer-with-links.ts answers those. `base` is the answer
 * headers (security, request id, CORS) the answer carries under its own.
 */
export async function answerVerdict(
  ask: VerdictAsk,
  deps: RegistryDeps,
  base: AnswerHeaders,
): Promise<PlainAnswer | null> {
  const plain = (status: number, own: AnswerHeaders, body: string): PlainAnswer => ({
    status,
    headers: { ...base, ...own },
    body,
  });
  const request = parseDigitalLinkPath(ask.path);
  if (!request.ok) {
    return plain(
      400,
      { 'content-type': JSON_TYPE },
      JSON.stringify({
        verdict: 'unknown',
        message: verdictMessage('unknown', false),
        error: { code: 'malformed_stamp', message: request.message },
      }),
    );
  }
  const stamp = request.value.stamp;
  const wantsJson = prefersJson(ask);
  if (negotiateLinkType(ask.query('linkType'), ask.header('accept')).kind !== 'default') return null;
  if (!stamp || (!wantsJson && deps.config.storefrontUrl)) return null;

  const ip = resolveClientAddress(ask.peer, ask.header('x-forwarded-for'), deps.config.trustedProxies);
  const key = rateLimitKey(ip);
  const serialCheck = checkSerial(stamp, deps);
  const wait = Math.max(
    await deps.limits.verify.take(key),
    // An address that used up its guesses is refused all but stamps that carry our signature,
    // so a crowd behind one NAT keeps checking real packs while a guesser waits.
    serialCheck?.ok === true ? 0 : await deps.limits.verifyUnknown.spent(key),
  );
  if (wait > 0) return tooMany(plain, wait);

  const claimed = ask.query('province');
  if (claimed !== undefined && !isProvince(claimed)) {
    return plain(
      400,
      { 'content-type': JSON_TYPE },
      JSON.stringify({
        error: {
          code: 'validation_failed',
          message: `province must be one of the 34 provinces; got "${claimed}".`,
        },
      }),
    );
  }
  // Only the network's place counts or is shown; a claimed province is logged apart (decision 014).
  const result = await verifyStamp(
    {
      stamp,
      url: `${deps.config.publicBaseUrl}${ask.path}`,
      // HEAD costs a lookup too, so it counts against the same limits, but no scan.
      record: ask.method !== 'HEAD',
      place: deps.places.placeOf(ip),
      claimedProvince: claimed?.normalize('NFC') ?? null,
      clientIp: ip,
      serialCheck,
    },
    { ...deps, ...deps.config },
  );
  const version = requestedVerdictVersion({ get: (name: string) => ask.header(name) ?? null });
  const own: AnswerHeaders = {
    [VERDICT_VERSION_HEADER]: String(version),
    link: stampLinkHeader(request.value, deps.config),
    'cache-control': 'no-store',
    vary: `Accept, ${VERDICT_VERSION_HEADER}`,
  };
  const page = async (status: number, html: Promise<unknown> | unknown) =>
    plain(
      status,
      { ...own, 'content-type': 'text/html; charset=UTF-8', 'content-security-policy': VERDICT_PAGE_CSP },
      String(await html),
    );
  if (!result.found) {
    const guessWait = await deps.limits.verifyUnknown.take(key);
    // The guess that crosses the limit is not told whether it hit.
    if (guessWait > 0) return tooMany(plain, guessWait);
    if (wantsJson) return plain(404, { ...own, 'content-type': JSON_TYPE }, UNKNOWN_JSON);
    return page(404, renderVerdictPage({ verdict: 'unknown', body: null }));
  }
  const status = result.body.verdict === 'void' ? 410 : 200;
  // The JSON says what the client's contract version knows; the page is ours and says everything.
  if (wantsJson) {
    const body = toVerdictVersion(result.body, version);
    return plain(status, { ...own, 'content-type': JSON_TYPE }, JSON.stringify(body));
  }
  return page(status, renderVerdictPage({ verdict: result.body.verdict, body: result.body }));
}

const UNKNOWN_JSON = JSON.stringify({ verdict: 'unknown', message: verdictMessage('unknown', false) });

/** 429 with Retry-After and the registry's error shape (decision 013). */
function tooMany(plain: (status: number, own: AnswerHeaders, body: string) => PlainAnswer, wait: number) {
  return plain(
    429,
    { 'content-type': JSON_TYPE, 'retry-after': String(wait) },
    JSON.stringify(tooManyBody(wait)),
  );
}

/** Does the serial carry our signature (printed by us, whatever the database says)? null if none. */
function checkSerial(stamp: StampPath, deps: RegistryDeps): SerialVerification | null {
  if (stamp.serial === undefined) return null;
  return verifySerial(
    { primaryKey: stamp.primaryKey, batch: stamp.batch, serial: stamp.serial },
    deps.stampKeys.find,
  );
}

export function prefersJson(ask: Pick<VerdictAsk, 'query' | 'header'>): boolean {
  if (ask.query('format') === 'json') return true;
  const accept = ask.header('accept') ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}

import { requestedVerdictVersion, toVerdictV1, VERDICT_VERSION_HEADER } from '@ocop/contracts';
import {
  isProvince,
  parseDigitalLinkPath,
  type SerialVerification,
  type StampPath,
  verifySerial,
} from '@ocop/domain';
import type { Context, Hono } from 'hono';
import { clientAddress, rateLimitKey } from '../http/client-address';
import type { RegistryDeps } from '../http/deps';
import type { AppEnv } from '../http/route-registry';
import { type AnswerHeaders, finishedAnswer } from '../http/security-headers';
import { verdictMessage } from '../scans/verdict-message';
import { verifyStamp } from '../scans/verify-stamp';
import { answerTooMany as tooMany } from './answer-too-many';
import { answerWithLinks } from './answer-with-links';
import { describeResolver } from './describe-resolver';
import { stampLinkHeader } from './format-link-header';
import { renderVerdictPage, VERDICT_PAGE_CSP } from './render-verdict-page';
import { resolverCors } from './resolver-cors';

// The prefix in any case: v2 stamps print /OCOP/ (decision 016), v1 stamps /ocop/.
const STAMP_PATHS = ['/01/*', '/:prefix{[Oo][Cc][Oo][Pp]}/*'];

/**
 * The GS1 Digital Link resolver on the stamp URLs: JSON verdicts for apps, a page (or the
 * storefront) for people, GS1 links (linkset, linkType redirects) in answer-with-links.ts.
 */
export function registerResolverRoutes(app: Hono<AppEnv>, deps: RegistryDeps): void {
  const openCors = resolverCors();

  app.get('/.well-known/gs1resolver', openCors, (c) => c.json(describeResolver(deps.config)));

  for (const path of STAMP_PATHS) {
    app.options(path, openCors, (c) => {
      c.header('allow', 'GET, HEAD, OPTIONS');
      return c.body(null, 204);
    });
    app.get(path, openCors, (c) => resolve(c, deps));
  }
}

async function resolve(c: Context<AppEnv>, deps: RegistryDeps): Promise<Response> {
  const wantsJson = prefersJson(c);
  const request = parseDigitalLinkPath(c.req.path);
  if (!request.ok) {
    return c.json(
      {
        verdict: 'unknown',
        message: verdictMessage('unknown', false),
        error: { code: 'malformed_stamp', message: request.message },
      },
      400,
    );
  }
  const linked = await answerWithLinks(c, deps, request.value, wantsJson);
  if (linked instanceof Response) return linked;
  // Left: a verdict, for one of our stamps.
  const parsed = { value: linked.verdictFor };
  const url = `${deps.config.publicBaseUrl}${c.req.path}`;

  const ip = clientAddress(c, deps.config.trustedProxies);
  const key = rateLimitKey(ip);
  // HEAD costs a lookup too, so it counts against the same limits.
  const isHead = c.req.method === 'HEAD';
  const serialCheck = checkSerial(parsed.value, deps);
  const real = serialCheck?.ok === true;
  const wait = Math.max(
    await deps.limits.verify.take(key),
    // An address that used up its guesses is refused all but stamps that carry our signature,
    // so a crowd behind one NAT keeps checking real packs while a guesser waits.
    real ? 0 : await deps.limits.verifyUnknown.spent(key),
  );
  if (wait > 0) return tooMany(c, wait);

  const claimed = c.req.query('province');
  if (claimed !== undefined && !isProvince(claimed)) {
    return c.json(
      {
        error: {
          code: 'validation_failed',
          message: `province must be one of the 34 provinces; got "${claimed}".`,
        },
      },
      400,
    );
  }
  // Only the network's place counts or is shown; a claimed province is logged apart (decision 014).
  const result = await verifyStamp(
    {
      stamp: parsed.value,
      url,
      record: !isHead,
      place: deps.places.placeOf(ip),
      claimedProvince: claimed?.normalize('NFC') ?? null,
      clientIp: ip,
      serialCheck,
    },
    { ...deps, ...deps.config },
  );
  const version = requestedVerdictVersion(c.req.raw.headers);
  if (result.found && version === 1) result.body.verdict = toVerdictV1(result.body.verdict);
  const own: AnswerHeaders = {
    [VERDICT_VERSION_HEADER]: String(version),
    link: stampLinkHeader(request.value, deps.config),
    'cache-control': 'no-store',
    vary: `Accept, ${VERDICT_VERSION_HEADER}`,
  };
  const answer = (body: string, status: number) => finishedAnswer(c.get('answerHeaders'), body, status, own);
  if (!result.found) {
    const guessWait = await deps.limits.verifyUnknown.take(key);
    // The guess that crosses the limit is not told whether it hit.
    if (guessWait > 0) return tooMany(c, guessWait);
    if (wantsJson) {
      own['content-type'] = 'application/json';
      return answer(UNKNOWN_JSON, 404);
    }
    return answerPage(own, answer, String(await renderVerdictPage({ verdict: 'unknown', body: null })), 404);
  }
  const status = result.body.verdict === 'void' ? 410 : 200;
  if (wantsJson) {
    own['content-type'] = 'application/json';
    return answer(JSON.stringify(result.body), status);
  }
  const page = await renderVerdictPage({ verdict: result.body.verdict, body: result.body });
  return answerPage(own, answer, String(page), status);
}

const UNKNOWN_JSON = JSON.stringify({ verdict: 'unknown', message: verdictMessage('unknown', false) });

function answerPage(
  own: AnswerHeaders,
  answer: (body: string, status: number) => Response,
  html: string,
  status: number,
): Response {
  own['content-type'] = 'text/html; charset=UTF-8';
  own['content-security-policy'] = VERDICT_PAGE_CSP;
  return answer(html, status);
}

/** Does the serial carry our signature (printed by us, whatever the database says)? null if none. */
function checkSerial(stamp: StampPath, deps: RegistryDeps): SerialVerification | null {
  if (stamp.serial === undefined) return null;
  return verifySerial(
    { primaryKey: stamp.primaryKey, batch: stamp.batch, serial: stamp.serial },
    deps.stampKeys.find,
  );
}

function prefersJson(c: Context): boolean {
  if (c.req.query('format') === 'json') return true;
  const accept = c.req.header('accept') ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}

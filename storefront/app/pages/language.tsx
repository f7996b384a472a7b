import { type LoaderFunctionArgs, redirect } from '@remix-run/node';
import { isLanguage } from '../i18n/i18n';
import { recallVerdict } from '../lib/recent-verdicts.server';
import { safeNext } from '../lib/safe-next';
import { commit, getSession } from '../lib/session.server';

/** The language switch: a plain link, so it works without JavaScript. */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const lng = url.searchParams.get('lng');
  const to = safeNext(url.searchParams.get('to')) ?? '/';
  const session = await getSession(request);
  if (isLanguage(lng)) session.set('lng', lng);
  // The same stamp page in another language is not another scan of the pack.
  const scanId = session.get('scanId');
  if (scanId && (await recallVerdict(scanId, new URL(to, 'http://storefront').pathname)))
    session.set('relook', scanId);
  return redirect(to, { headers: await commit(session) });
}

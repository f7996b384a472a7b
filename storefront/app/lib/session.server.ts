import { createCookieSessionStorage, type Session } from '@remix-run/node';
import { env } from './env.server';

interface SessionData {
  cartId: string;
  /** Items in the cart, kept here so the header needs no backend call on every page. */
  cartCount: number;
  /** The signed-in customer's Medusa token and name. */
  token: string;
  customer: { email: string; name: string };
  lng: 'vi' | 'en';
  /**
   * The last checkout, for its confirmation page: the group and the cart it came from (the
   * orders themselves are read back from the backend; a cookie has room for a few only).
   */
  placed: { group: string; cart: string };
  /**
   * Where the verdict of the stamp this session last scanned is kept (recent-verdicts, which
   * also knows its path): an id, never the path, which can be longer than a cookie holds.
   */
  scanId: string;
  /** That id, set once by a redraw of the stamp's page (language switch, report sent): do not count it. */
  relook: string;
}

interface FlashData {
  notice: string;
  /** A report of a suspected fake was sent (its id), or refused. */
  reported: string;
  reportRefused: string;
  /** The registry limited this consumer's reports: minutes to wait. */
  reportLimited: number;
  /** The registry could not take the report now. */
  reportUnavailable: string;
}

const storage = createCookieSessionStorage<SessionData, FlashData>({
  cookie: {
    name: '__ocop',
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: env.publicUrl.startsWith('https://'),
    secrets: [env.sessionSecret],
    maxAge: 60 * 60 * 24 * 30,
  },
});

export type StoreSession = Session<SessionData, FlashData>;

export function getSession(request: Request): Promise<StoreSession> {
  return storage.getSession(request.headers.get('cookie'));
}

export async function commit(session: StoreSession): Promise<{ 'set-cookie': string }> {
  return { 'set-cookie': await storage.commitSession(session) };
}

export async function destroy(session: StoreSession): Promise<{ 'set-cookie': string }> {
  return { 'set-cookie': await storage.destroySession(session) };
}

import { createCookieSessionStorage, type Session } from '@remix-run/node';
import { config } from './config.server';

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
  /** The stamp this session last scanned, and where its verdict is kept (recent-verdicts). */
  scan: { path: string; id: string };
  /** Set once by a redraw of that stamp's page (language switch, report sent): do not count it. */
  relook: string;
}

interface FlashData {
  notice: string;
  /** A report of a suspected fake was sent (its id), or refused. */
  reported: string;
  reportRefused: string;
}

const storage = createCookieSessionStorage<SessionData, FlashData>({
  cookie: {
    name: '__ocop',
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: config.publicUrl.startsWith('https://'),
    secrets: [config.sessionSecret],
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

import { AUTH_LIMITS } from '../../src/lib/http/auth-rate-limits';
import { ocopIntegrationTestRunner } from '../setup/runner';
import { settle } from './helpers';

jest.setTimeout(240_000);

/**
 * Medusa's e-mail/password routes under attack: guessing, account discovery by timing, mass
 * sign-ups and reset mails. The test client is on loopback, which is a trusted proxy here, so
 * X-Forwarded-For plays the attacker's addresses. Nothing is mocked (no e-mail is sent:
 * Medusa's local notification provider only logs).
 */
const saved = process.env.TRUST_PROXY;
process.env.TRUST_PROXY = '127.0.0.1,::1';
afterAll(() => {
  if (saved === undefined) delete process.env.TRUST_PROXY;
  else process.env.TRUST_PROXY = saved;
});

let hop = 0;
/** A different attacker address on every call, unless one is given. */
const from = (ip = `198.51.100.${(hop++ % 250) + 1}`) => ({ headers: { 'x-forwarded-for': ip } });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

ocopIntegrationTestRunner({
  testSuite: ({ api }) => {
    const register = (email: string, password = 'mat-khau-1234', ip?: string) =>
      settle(api.post('/auth/customer/emailpass/register', { email, password }, from(ip)));
    const signIn = (email: string, password: string, ip?: string) =>
      settle(api.post('/auth/customer/emailpass', { email, password }, from(ip)));

    it('refuses the right password after 60 wrong ones, from however many addresses', async () => {
      expect((await register('lan@mail.vn')).status).toBe(200);
      const statuses: number[] = [];
      for (let i = 0; i < 60; i++) statuses.push((await signIn('lan@mail.vn', `sai-${i}`)).status);
      const limit = AUTH_LIMITS.sign_in.account?.points as number;
      expect(statuses.slice(0, limit).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(limit).every((s) => s === 429)).toBe(true);

      // Another spelling of the same account counts against it too.
      const right = await signIn(' LAN@mail.VN', 'mat-khau-1234');
      expect(right.status).toBe(429);
      expect(right.data).toEqual({
        type: 'too_many_attempts',
        code: 'too_many_attempts',
        message: expect.stringMatching(/Try again in/),
      });
      expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
      const exact = await signIn('lan@mail.vn', 'mat-khau-1234');
      expect(exact.status).toBe(429);
      console.log(`sign-in: ${statuses.filter((s) => s === 401).length} refused as wrong, then 429`);
    });

    it('clears the count on a successful sign-in, so a forgetful owner is not locked out', async () => {
      await register('minh@mail.vn');
      const limit = AUTH_LIMITS.sign_in.account?.points as number;
      for (let round = 0; round < 3; round++) {
        for (let i = 0; i < limit - 1; i++) expect((await signIn('minh@mail.vn', 'sai')).status).toBe(401);
        expect((await signIn('minh@mail.vn', 'mat-khau-1234')).status).toBe(200);
      }
    });

    it('answers an unknown e-mail as slowly and in the same words as a wrong password', async () => {
      await register('hoa@mail.vn');
      const known: number[] = [];
      const unknown: number[] = [];
      const bodies = new Set<string>();
      for (let i = 0; i < 7; i++) {
        for (const [email, times] of [
          ['hoa@mail.vn', known],
          [`nobody-${i}@mail.vn`, unknown],
        ] as const) {
          const started = process.hrtime.bigint();
          const r = await signIn(email, 'sai-mat-khau');
          times.push(Number(process.hrtime.bigint() - started) / 1e6);
          expect(r.status).toBe(401);
          bodies.add(JSON.stringify(r.data));
        }
      }
      const [k, u] = [median(known), median(unknown)];
      console.log(`sign-in medians: existing ${k.toFixed(0)} ms, unknown ${u.toFixed(0)} ms`);
      // Before: ~250 ms against ~15 ms. A generous bound: this is equality, not speed.
      expect(Math.max(k, u) / Math.min(k, u)).toBeLessThan(2);
      expect([...bodies]).toEqual([
        JSON.stringify({ type: 'unauthorized', message: 'Invalid email or password' }),
      ]);
    });

    it('limits sign-ups per address, counting an IPv6 /64 as one address', async () => {
      const limit = AUTH_LIMITS.register.client.points;
      for (let i = 0; i < limit; i++) {
        expect((await register(`bulk-${i}@mail.vn`, 'mat-khau-1234', `2001:db8:aa:1::${i + 1}`)).status).toBe(
          200,
        );
      }
      const refused = await register('bulk-x@mail.vn', 'mat-khau-1234', '2001:db8:aa:1:ffff::9');
      expect(refused.status).toBe(429);
      expect(refused.data.type).toBe('too_many_attempts');
      expect((await register('bulk-y@mail.vn', 'mat-khau-1234', '2001:db8:aa:2::1')).status).toBe(200);
    });

    it('limits reset mails per account and answers known and unknown e-mails alike', async () => {
      await register('thu@mail.vn');
      const reset = (identifier: string) =>
        settle(api.post('/auth/customer/emailpass/reset-password', { identifier }, from()));
      const known = await reset('thu@mail.vn');
      const unknown = await reset('chua-co@mail.vn');
      expect([known.status, unknown.status]).toEqual([201, 201]);
      expect(known.data).toEqual(unknown.data);
      const limit = AUTH_LIMITS.reset_password.account?.points as number;
      for (let i = 1; i < limit; i++) expect((await reset('thu@mail.vn')).status).toBe(201);
      expect((await reset('THU@mail.vn')).status).toBe(429);
    });

    it('applies to every actor: a seller and an operator sign-in are limited the same way', async () => {
      for (const actor of ['seller', 'user']) {
        const statuses: number[] = [];
        for (let i = 0; i < 12; i++) {
          const r = await settle(
            api.post(`/auth/${actor}/emailpass`, { email: 'x@ocop.vn', password: 'sai' }, from()),
          );
          statuses.push(r.status);
        }
        expect([actor, statuses.at(-1)]).toEqual([actor, 429]);
      }
    });
  },
});

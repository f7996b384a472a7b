import { medusaIntegrationTestRunner } from '@medusajs/test-utils';
import { verifyAsRegistry } from './verify-as-registry';

jest.setTimeout(180_000);

const PRODUCER_A = '6f1c2a9e-0000-4000-8000-0000000000a1';
const PRODUCER_B = '6f1c2a9e-0000-4000-8000-0000000000b2';

medusaIntegrationTestRunner({
  testSuite: ({ api }) => {
    const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

    /** Registers an auth identity, creates its shop, then signs in as the shop's member. */
    async function registerShop(email: string, handle: string, producerId: string) {
      const identity = await api.post('/auth/seller/emailpass/register', {
        email,
        password: 'mat-khau-1234',
      });
      const created = await api.post(
        '/vendor/register',
        { handle, name: `Cửa hàng ${handle}`, registry_producer_id: producerId, member_name: 'Nguyễn Văn A' },
        bearer(identity.data.token),
      );
      const login = await api.post('/auth/seller/emailpass', { email, password: 'mat-khau-1234' });
      return { created, token: login.data.token as string, registrationToken: identity.data.token as string };
    }

    describe('seller registration', () => {
      it('creates a pending shop bound to its owner, who then sees only that shop', async () => {
        const a = await registerShop('a@htx-chau-doc.vn', 'mam-chau-doc', PRODUCER_A);
        expect(a.created.status).toBe(201);
        expect(a.created.data.seller).toMatchObject({
          handle: 'mam-chau-doc',
          status: 'pending',
          contact_email: 'a@htx-chau-doc.vn',
        });

        const b = await registerShop('b@thot-not.vn', 'duong-thot-not', PRODUCER_B);
        const meA = await api.get('/vendor/me', bearer(a.token));
        const meB = await api.get('/vendor/me', bearer(b.token));
        expect(meA.data.seller.handle).toBe('mam-chau-doc');
        expect(meA.data.member).toMatchObject({ email: 'a@htx-chau-doc.vn', role: 'owner' });
        expect(meB.data.seller.handle).toBe('duong-thot-not');
        expect(meB.data.seller.id).not.toBe(meA.data.seller.id);
      });

      it("signs the member's token with ES256 and the claims the registry scopes sellers by", async () => {
        const f = await registerShop('f@htx.vn', 'gao-bay-nui', '6f1c2a9e-0000-4000-8000-0000000000f6');
        const claims = verifyAsRegistry(f.token);
        const me = await api.get('/vendor/me', bearer(f.token));
        expect(claims).toMatchObject({
          actor_type: 'seller',
          actor_id: me.data.member.id,
          app_metadata: { producer_id: '6f1c2a9e-0000-4000-8000-0000000000f6', seller_id: me.data.member.id },
        });
        // Change a character well inside the signature: the last one carries unused bits.
        const at = f.token.length - 10;
        const tampered = `${f.token.slice(0, at)}${f.token[at] === 'A' ? 'B' : 'A'}${f.token.slice(at + 1)}`;
        expect((await api.get('/vendor/me', bearer(tampered)).catch((e: any) => e.response)).status).toBe(
          401,
        );
      });

      it('refuses a second shop for the same account, a taken handle, and bad input', async () => {
        const c = await registerShop('c@htx.vn', 'kho-ca-loc', '6f1c2a9e-0000-4000-8000-0000000000c3');
        const again = await api
          .post(
            '/vendor/register',
            { handle: 'kho-ca-loc-2', name: 'Khác', registry_producer_id: PRODUCER_A },
            bearer(c.token),
          )
          .catch((e: any) => e.response);
        expect(again.status).toBe(400);

        const d = await api.post('/auth/seller/emailpass/register', {
          email: 'd@htx.vn',
          password: 'mat-khau-1234',
        });
        const taken = await api
          .post(
            '/vendor/register',
            {
              handle: 'kho-ca-loc',
              name: 'Trùng',
              registry_producer_id: '6f1c2a9e-0000-4000-8000-0000000000d4',
            },
            bearer(d.data.token),
          )
          .catch((e: any) => e.response);
        expect(taken.status).toBeGreaterThanOrEqual(400);
        expect(taken.status).toBeLessThan(500);

        const bad = await api
          .post(
            '/vendor/register',
            { handle: 'Có Dấu', name: 'x', registry_producer_id: 'nope' },
            bearer(d.data.token),
          )
          .catch((e: any) => e.response);
        expect(bad.status).toBe(400);
        // The failed attempts left nothing behind: the handle is still free for this account.
        const ok = await api.post(
          '/vendor/register',
          {
            handle: 'ca-linh',
            name: 'Cá linh',
            registry_producer_id: '6f1c2a9e-0000-4000-8000-0000000000d4',
          },
          bearer(d.data.token),
        );
        expect(ok.status).toBe(201);
      });

      it('keeps /vendor/me closed to anonymous callers, customers and unregistered identities', async () => {
        expect((await api.get('/vendor/me').catch((e: any) => e.response)).status).toBe(401);
        const customer = await api.post('/auth/customer/emailpass/register', {
          email: 'k@mail.vn',
          password: 'mat-khau-1234',
        });
        expect(
          (await api.get('/vendor/me', bearer(customer.data.token)).catch((e: any) => e.response)).status,
        ).toBe(401);
        const fresh = await api.post('/auth/seller/emailpass/register', {
          email: 'e@htx.vn',
          password: 'mat-khau-1234',
        });
        expect(
          (await api.get('/vendor/me', bearer(fresh.data.token)).catch((e: any) => e.response)).status,
        ).toBe(401);
      });
    });
  },
});

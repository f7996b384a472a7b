import { RegistryClient } from '../../src/lib/registry/registry-client';
import { signRegistryDelivery } from '../../src/lib/registry/registry-subscription';
import { ocopIntegrationTestRunner } from '../setup/runner';
import { adminToken, bearer, registry, registryProducer, registryProduct, settle } from './helpers';
import { verifyAsRegistry } from './verify-as-registry';

jest.setTimeout(180_000);

/**
 * Issue 11, finding 1: a shop acts for its producer only once the registry's binding is active
 * (docs/decisions/012). The registry is the real one the global setup starts.
 */
ocopIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    /** Registers an auth identity, creates its shop, then signs in as the shop's member. */
    async function registerShop(email: string, handle: string, producer: Record<string, unknown>) {
      const identity = await api.post('/auth/seller/emailpass/register', {
        email,
        password: 'mat-khau-1234',
      });
      const created = await settle(
        api.post(
          '/vendor/register',
          { handle, name: `Cửa hàng ${handle}`, member_name: 'Nguyễn Văn A', ...producer },
          bearer(identity.data.token),
        ),
      );
      const login = await api.post('/auth/seller/emailpass', { email, password: 'mat-khau-1234' });
      return { created, token: login.data.token as string };
    }

    /** What the backend would send the registry for this shop: the registry still checks the binding. */
    const asShopInRegistry = async (shopId: string, producerId: string) =>
      fetch(`${process.env.REGISTRY_URL}/v1/alerts`, {
        headers: {
          authorization: `Bearer ${await new RegistryClient().sellerToken('mem_x', { id: shopId, producerId })}`,
        },
      });

    const decide = (operator: string, sellerId: string, action: string, reason?: string) =>
      settle(api.post(`/admin/sellers/${sellerId}/binding`, { action, reason }, bearer(operator)));

    /** A batch list call, forwarded to the registry as the shop's producer. */
    const batches = (token: string, registryProductId: string) =>
      settle(api.get(`/vendor/registry-products/${registryProductId}/batches`, bearer(token)));

    describe('seller registration', () => {
      it('creates a pending shop bound to its owner, who then sees only that shop', async () => {
        const a = await registerShop('a@htx-chau-doc.vn', 'mam-chau-doc', {
          registry_producer_id: await registryProducer('HTX Mắm Châu Đốc'),
        });
        expect(a.created.status).toBe(201);
        expect(a.created.data.seller).toMatchObject({
          handle: 'mam-chau-doc',
          status: 'pending',
          contact_email: 'a@htx-chau-doc.vn',
        });
        expect(a.created.data.seller.registry_binding_id).toEqual(expect.any(String));

        const b = await registerShop('b@thot-not.vn', 'duong-thot-not', {
          registry_producer_id: await registryProducer('HTX Đường Thốt Nốt'),
        });
        const meA = await api.get('/vendor/me', bearer(a.token));
        const meB = await api.get('/vendor/me', bearer(b.token));
        expect(meA.data.seller.handle).toBe('mam-chau-doc');
        expect(meA.data.member).toMatchObject({ email: 'a@htx-chau-doc.vn', role: 'owner' });
        expect(meB.data.seller.handle).toBe('duong-thot-not');
        expect(meB.data.seller.id).not.toBe(meA.data.seller.id);
      });

      it("signs the member's token with ES256 and binds no producer into it", async () => {
        const f = await registerShop('f@htx.vn', 'gao-bay-nui', {
          registry_producer_id: await registryProducer('HTX Gạo Bảy Núi'),
        });
        const claims = verifyAsRegistry(f.token);
        const me = await api.get('/vendor/me', bearer(f.token));
        expect(claims).toMatchObject({
          actor_type: 'seller',
          actor_id: me.data.member.id,
          app_metadata: { seller_id: me.data.member.id },
        });
        // Only the registry's approval lets the shop act for the producer, not a claim in a token.
        expect((claims.app_metadata as Record<string, unknown>).producer_id).toBeUndefined();
        const at = f.token.length - 10;
        const tampered = `${f.token.slice(0, at)}${f.token[at] === 'A' ? 'B' : 'A'}${f.token.slice(at + 1)}`;
        expect((await settle(api.get('/vendor/me', bearer(tampered)))).status).toBe(401);
      });

      it('brings a producer new to the registry as a pending claim', async () => {
        const n = await registerShop('n@htx.vn', 'tra-sen-moi', {
          new_producer: {
            legal_name: 'Hộ kinh doanh Trà Sen Mới',
            kind: 'household_business',
            province: 'An Giang',
            // As typed on a phone without Vietnamese keyboard: the registry keeps the official name.
            commune: 'phuong chau doc',
          },
        });
        expect(n.created.status).toBe(201);
        const { seller } = n.created.data;
        expect(seller).toMatchObject({ status: 'pending', registry_producer_id: expect.any(String) });
        const binding = await registry('GET', `/v1/producer-bindings/${seller.registry_binding_id}`);
        expect(binding.binding ?? binding).toMatchObject({ status: 'pending', accountId: seller.id });
        expect(await registry('GET', `/v1/producers/${seller.registry_producer_id}`)).toMatchObject({
          commune: 'Phường Châu Đốc',
          communeCode: '30316',
        });
      });

      it('answers a claim of a producer another shop holds exactly like any claim', async () => {
        const operator = await adminToken(api, getContainer());
        const producerId = await registryProducer('HTX Khô Cá Lóc');
        const holder = await registerShop('holder@htx.vn', 'kho-ca-loc', {
          registry_producer_id: producerId,
        });
        expect((await decide(operator, holder.created.data.seller.id, 'approve')).status).toBe(200);
        const rival = await registerShop('rival@htx.vn', 'kho-ca-loc-gia', {
          registry_producer_id: producerId,
        });
        // 201 pending, as for a free producer: nothing says the producer is taken.
        expect(rival.created.status).toBe(201);
        expect(rival.created.data.seller.status).toBe('pending');
        expect(JSON.stringify(rival.created.data)).not.toMatch(/already|taken|exists/i);
        // Approving the rival is what the registry refuses, to the operator only.
        const second = await decide(operator, rival.created.data.seller.id, 'approve');
        expect(second.status).toBe(409);
        expect(second.data.type).toBe('producer_already_bound');
      });

      it('refuses a second shop for the same account, a taken handle, and bad input', async () => {
        const c = await registerShop('c@htx.vn', 'ca-kho-to', {
          registry_producer_id: await registryProducer('HTX Cá Kho Tộ'),
        });
        const again = await settle(
          api.post(
            '/vendor/register',
            { handle: 'ca-kho-to-2', name: 'Khác', registry_producer_id: await registryProducer() },
            bearer(c.token),
          ),
        );
        expect(again.status).toBe(400);

        const d = await api.post('/auth/seller/emailpass/register', {
          email: 'd@htx.vn',
          password: 'mat-khau-1234',
        });
        const free = await registryProducer('HTX Cá Linh');
        const taken = await settle(
          api.post(
            '/vendor/register',
            { handle: 'ca-kho-to', name: 'Trùng', registry_producer_id: free },
            bearer(d.data.token),
          ),
        );
        expect(taken.status).toBeGreaterThanOrEqual(400);
        expect(taken.status).toBeLessThan(500);
        for (const body of [
          { handle: 'Có Dấu', name: 'x', registry_producer_id: 'nope' },
          { handle: 'ca-linh', name: 'Cá linh' },
          {
            handle: 'ca-linh',
            name: 'Cá linh',
            registry_producer_id: free,
            new_producer: { legal_name: 'HTX X', kind: 'cooperative', province: 'An Giang', commune: 'Xã Y' },
          },
          // Not a commune of 1 July 2025 (Tịnh Biên is a phường), and a commune of another province.
          ...['Xã Tịnh Biên', 'Xã Hoà An'].map((commune) => ({
            handle: 'ca-linh',
            name: 'Cá linh',
            new_producer: { legal_name: 'HTX X', kind: 'cooperative', province: 'An Giang', commune },
          })),
        ]) {
          expect((await settle(api.post('/vendor/register', body, bearer(d.data.token)))).status).toBe(400);
        }
        // The failed attempts left nothing behind (no shop, no registry claim): this works.
        const ok = await settle(
          api.post(
            '/vendor/register',
            { handle: 'ca-linh', name: 'Cá linh', registry_producer_id: free },
            bearer(d.data.token),
          ),
        );
        expect(ok.status).toBe(201);
      });

      it('reaches the registry as its producer only while the binding is active', async () => {
        const operator = await adminToken(api, getContainer());
        const producerId = await registryProducer('HTX Nấm Rơm');
        const registryProductId = await registryProduct(producerId, 'Nấm rơm sấy');
        const s = await registerShop('s@htx.vn', 'nam-rom', { registry_producer_id: producerId });
        const shopId = s.created.data.seller.id as string;

        // Pending: the backend does not forward, and the registry refuses the shop on its own.
        const pending = await batches(s.token, registryProductId);
        expect(pending.status).toBe(403);
        expect(pending.data.type).toBe('shop_not_approved');
        const direct = await asShopInRegistry(shopId, producerId);
        expect(direct.status).toBe(403);
        expect(((await direct.json()) as any).error.code).toBe('binding_inactive');

        // Approved by the operator: both let it through.
        const approved = await decide(operator, shopId, 'approve');
        expect(approved.status).toBe(200);
        expect(approved.data.seller.status).toBe('approved');
        expect((await batches(s.token, registryProductId)).status).toBe(200);
        expect((await asShopInRegistry(shopId, producerId)).status).toBe(200);

        // Suspended: a reason is required, then both refuse again.
        expect((await decide(operator, shopId, 'suspend')).status).toBe(400);
        const suspended = await decide(operator, shopId, 'suspend', 'Chứng nhận đang bị xem xét');
        expect(suspended.data.seller).toMatchObject({
          status: 'suspended',
          status_reason: 'Chứng nhận đang bị xem xét',
        });
        expect((await batches(s.token, registryProductId)).data.type).toBe('shop_not_approved');
        expect((await asShopInRegistry(shopId, producerId)).status).toBe(403);
      });

      it('stays out after a rejection, and follows an official’s decision through the signed webhook', async () => {
        const operator = await adminToken(api, getContainer());
        const producerId = await registryProducer('HTX Bánh Phồng');
        const registryProductId = await registryProduct(producerId, 'Bánh phồng nếp');
        const r = await registerShop('r@htx.vn', 'banh-phong', { registry_producer_id: producerId });
        const shopId = r.created.data.seller.id as string;
        const rejected = await decide(operator, shopId, 'reject', 'Không phải chủ thể');
        expect(rejected.data.seller.status).toBe('rejected');
        expect((await batches(r.token, registryProductId)).status).toBe(403);
        expect((await asShopInRegistry(shopId, producerId)).status).toBe(403);
        // Rejected is final for that claim.
        expect((await decide(operator, shopId, 'approve')).status).toBe(409);

        // A second shop's claim, approved by an issuing official in the registry (the console's path).
        const o = await registerShop('o@htx.vn', 'banh-phong-that', { registry_producer_id: producerId });
        const bindingId = o.created.data.seller.registry_binding_id as string;
        await registry('POST', `/v1/producer-bindings/${bindingId}/decision`, { action: 'approve' });
        const body = JSON.stringify({
          id: `${Date.now()}`,
          topic: 'producer_binding.changed',
          data: { bindingId },
        });
        const delivered = await fetch(`${api.defaults.baseURL}/hooks/registry`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...signRegistryDelivery(body, process.env.REGISTRY_WEBHOOK_SECRET as string),
          },
          body,
        });
        expect(delivered.status).toBe(200);
        expect(await delivered.json()).toMatchObject({ status: 'approved', changed: true });
        expect((await api.get('/vendor/me', bearer(o.token))).data.seller.status).toBe('approved');
      });

      it('keeps /vendor/me closed to anonymous callers, customers and unregistered identities', async () => {
        expect((await settle(api.get('/vendor/me'))).status).toBe(401);
        const customer = await api.post('/auth/customer/emailpass/register', {
          email: 'k@mail.vn',
          password: 'mat-khau-1234',
        });
        expect((await settle(api.get('/vendor/me', bearer(customer.data.token)))).status).toBe(401);
        const fresh = await api.post('/auth/seller/emailpass/register', {
          email: 'e@htx.vn',
          password: 'mat-khau-1234',
        });
        expect((await settle(api.get('/vendor/me', bearer(fresh.data.token)))).status).toBe(401);
      });

      it('lets nobody sign up or sign in as a service', async () => {
        for (const path of ['/auth/service/emailpass/register', '/auth/service/emailpass']) {
          const answer = await settle(
            api.post(path, { email: 'svc@evil.example', password: 'mat-khau-1234' }),
          );
          expect(answer.status).toBe(403);
        }
      });
    });
  },
});

import { moduleIntegrationTestRunner } from '@medusajs/test-utils';
import { SELLER_MODULE } from '..';
import Seller from '../models/seller';
import SellerMember from '../models/seller-member';
import type SellerModuleService from '../service';

jest.setTimeout(120_000);

const shop = (over: Record<string, unknown> = {}) => ({
  handle: 'mam-ba-giao',
  name: 'Mắm Bà Giáo Châu Đốc',
  contact_email: 'htx@example.vn',
  registry_producer_id: '6f1c2a9e-0000-4000-8000-000000000001',
  ...over,
});

moduleIntegrationTestRunner<SellerModuleService>({
  moduleName: SELLER_MODULE,
  moduleModels: [Seller, SellerMember],
  resolve: './src/modules/seller',
  testSuite: ({ service }) => {
    describe('the seller module on PostgreSQL', () => {
      it('creates pending shops and walks them through the lifecycle with reason and time', async () => {
        const created = await service.createSellers(shop());
        expect(created.status).toBe('pending');
        const approved = await service.changeSellerStatus(created.id, 'approve');
        expect(approved.status).toBe('approved');
        const suspended = await service.changeSellerStatus(created.id, 'suspend', 'Chứng nhận bị thu hồi');
        expect(suspended).toMatchObject({ status: 'suspended', status_reason: 'Chứng nhận bị thu hồi' });
        expect(suspended.status_changed_at).toBeInstanceOf(Date);
        await expect(service.changeSellerStatus(created.id, 'approve')).rejects.toThrow('cannot be approved');
        await expect(service.changeSellerStatus(created.id, 'close')).rejects.toThrow('Say why');
      });

      it('keeps handles unique among live shops, and lets several shops claim one producer', async () => {
        const first = await service.createSellers(
          shop({ handle: 'duong-thot-not', registry_producer_id: 'p-2' }),
        );
        await expect(
          service.createSellers(shop({ handle: 'duong-thot-not', registry_producer_id: 'p-3' })),
        ).rejects.toThrow('already exists');
        // The registry's approval decides who acts for p-2; a refusal here would tell it is taken.
        const rival = await service.createSellers(
          shop({ handle: 'other-handle', registry_producer_id: 'p-2' }),
        );
        expect(rival.status).toBe('pending');
        await service.softDeleteSellers(first.id);
        const reused = await service.createSellers(
          shop({ handle: 'duong-thot-not', registry_producer_id: 'p-4' }),
        );
        expect(reused.handle).toBe('duong-thot-not');
      });

      it("follows its current binding's status only, and never reopens a closed shop", async () => {
        const created = await service.createSellers(
          shop({ handle: 'gao-tai-nguyen', registry_binding_id: 'b-1' }),
        );
        const stale = await service.followBinding(created.id, { id: 'b-0', status: 'active' });
        expect(stale).toMatchObject({ changed: false, seller: { status: 'pending' } });
        const approved = await service.followBinding(created.id, { id: 'b-1', status: 'active' });
        expect(approved).toMatchObject({ changed: true, seller: { status: 'approved' } });
        expect((await service.followBinding(created.id, { id: 'b-1', status: 'active' })).changed).toBe(
          false,
        );
        const suspended = await service.followBinding(created.id, {
          id: 'b-1',
          status: 'suspended',
          reason: 'Chứng nhận bị thu hồi',
        });
        expect(suspended.seller).toMatchObject({
          status: 'suspended',
          status_reason: 'Chứng nhận bị thu hồi',
        });
        await service.changeSellerStatus(created.id, 'close', 'Ngừng kinh doanh');
        const reopened = await service.followBinding(created.id, { id: 'b-1', status: 'active' });
        expect(reopened).toMatchObject({ changed: false, seller: { status: 'closed' } });
      });
    });
  },
});

import { moduleIntegrationTestRunner } from '@medusajs/test-utils';
import { REGISTRY_INBOX_MODULE } from '..';
import RegistryEventReceipt from '../models/registry-event-receipt';
import type RegistryInboxModuleService from '../service';

jest.setTimeout(120_000);

moduleIntegrationTestRunner<RegistryInboxModuleService>({
  moduleName: REGISTRY_INBOX_MODULE,
  moduleModels: [RegistryEventReceipt],
  resolve: './src/modules/registry-inbox',
  testSuite: ({ service }) => {
    describe('registry event receipts on PostgreSQL', () => {
      it('takes an event on once, even when two deliveries race', async () => {
        const takes = await Promise.all([
          service.takeOnEvent('101', 'producer_binding.changed'),
          service.takeOnEvent('101', 'producer_binding.changed'),
        ]);
        expect(takes.sort()).toEqual([false, true]);
        expect(await service.takeOnEvent('101', 'producer_binding.changed')).toBe(false);
        expect(await service.takeOnEvent('102', 'certificate.revoked')).toBe(true);
      });

      it('takes a released event on again, for the retry of a failed processing', async () => {
        expect(await service.takeOnEvent('201', 'certificate.revoked')).toBe(true);
        await service.releaseEvent('201');
        expect(await service.takeOnEvent('201', 'certificate.revoked')).toBe(true);
      });
    });
  },
});

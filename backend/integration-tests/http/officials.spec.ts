import type { IAuthModuleService } from '@medusajs/framework/types';
import { Modules } from '@medusajs/framework/utils';
import { OFFICIAL_MODULE } from '../../src/modules/official';
import type OfficialModuleService from '../../src/modules/official/service';
import { createOfficialWorkflow } from '../../src/workflows/create-official';
import { ocopIntegrationTestRunner } from '../setup/runner';
import { verifyAsRegistry } from './verify-as-registry';

jest.setTimeout(180_000);

ocopIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe('officials', () => {
      it('are created by the operator and sign in with the scope the registry enforces', async () => {
        const { result } = await createOfficialWorkflow(getContainer()).run({
          input: {
            email: 'thanh.tra@angiang.gov.vn',
            password: 'mat-khau-rat-dai-1',
            name: 'Nguyễn Thị Thanh Tra',
            province: 'An Giang',
            roles: ['revoker', 'inspector'],
          },
        });
        const login = await api.post('/auth/official/emailpass', {
          email: 'thanh.tra@angiang.gov.vn',
          password: 'mat-khau-rat-dai-1',
        });
        const claims = verifyAsRegistry(login.data.token);
        expect(claims).toMatchObject({
          actor_type: 'official',
          actor_id: result.official.id,
          app_metadata: { ocop_roles: ['revoker', 'inspector'], province: 'An Giang' },
        });
      });

      it('cannot register themselves', async () => {
        const attempt = await api
          .post('/auth/official/emailpass/register', {
            email: 'fake@official.vn',
            password: 'mat-khau-rat-dai-1',
          })
          .catch((e: any) => e.response);
        expect(attempt.status).toBe(403);
        const login = await api
          .post('/auth/official/emailpass', { email: 'fake@official.vn', password: 'mat-khau-rat-dai-1' })
          .catch((e: any) => e.response);
        expect(login.status).toBe(401);
      });

      it('leave nothing behind when creation fails half-way', async () => {
        const container = getContainer();
        const email = 'trung.uong@bnnmt.gov.vn';
        // A sign-in with this e-mail already exists, so the identity step fails after the
        // official record was created: the workflow must roll that record back.
        await container.resolve<IAuthModuleService>(Modules.AUTH).register('emailpass', {
          body: { email, password: 'mat-khau-khac-1234' },
        } as Parameters<IAuthModuleService['register']>[1]);
        const input = {
          email,
          password: 'mat-khau-rat-dai-2',
          name: 'Cán bộ Trung ương',
          province: null,
          roles: ['issuer' as const],
        };
        await expect(createOfficialWorkflow(container).run({ input })).rejects.toBeTruthy();
        const officials = container.resolve<OfficialModuleService>(OFFICIAL_MODULE);
        expect(await officials.listOfficials({ email })).toEqual([]);
      });
    });
  },
});

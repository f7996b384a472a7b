import type { IAuthModuleService } from '@medusajs/framework/types';
import { Modules } from '@medusajs/framework/utils';
import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowResponse,
} from '@medusajs/framework/workflows-sdk';
import { shopError } from '../../lib/http/shop-error';
import { OFFICIAL_MODULE, type OfficialRole } from '../../modules/official';
import type OfficialModuleService from '../../modules/official/service';

export interface CreateOfficialInput {
  email: string;
  password: string;
  name: string;
  /** null: national (ministry) scope. */
  province: string | null;
  roles: OfficialRole[];
}

const createOfficialRecordStep = createStep(
  'create-official-record',
  async (input: CreateOfficialInput, { container }) => {
    const officials: OfficialModuleService = container.resolve(OFFICIAL_MODULE);
    const official = await officials.createOfficials({
      email: input.email,
      name: input.name.normalize('NFC'),
      province: input.province,
      ocop_roles: input.roles,
    });
    return new StepResponse(official, official.id);
  },
  async (id, { container }) => {
    if (!id) return;
    const officials: OfficialModuleService = container.resolve(OFFICIAL_MODULE);
    await officials.deleteOfficials(id);
  },
);

/**
 * The email/password identity, with what every token must carry for the registry:
 * official_id (Medusa's actor id), ocop_roles and province.
 */
const createOfficialIdentityStep = createStep(
  'create-official-identity',
  async (
    input: {
      email: string;
      password: string;
      officialId: string;
      roles: OfficialRole[];
      province: string | null;
    },
    { container },
  ) => {
    const auth: IAuthModuleService = container.resolve(Modules.AUTH);
    const registered = await auth.register('emailpass', {
      body: { email: input.email, password: input.password },
    } as Parameters<IAuthModuleService['register']>[1]);
    if (!registered.success || !registered.authIdentity) {
      throw shopError('official_sign_in_failed', registered.error ?? 'Could not create the sign-in.');
    }
    const id = registered.authIdentity.id;
    await auth.updateAuthIdentities({
      id,
      app_metadata: { official_id: input.officialId, ocop_roles: input.roles, province: input.province },
    });
    return new StepResponse({ authIdentityId: id }, id);
  },
  async (id, { container }) => {
    if (!id) return;
    const auth: IAuthModuleService = container.resolve(Modules.AUTH);
    await auth.deleteAuthIdentities([id]);
  },
);

export const createOfficialWorkflow = createWorkflow('create-official', (input: CreateOfficialInput) => {
  const official = createOfficialRecordStep(input);
  const identity = createOfficialIdentityStep({
    email: input.email,
    password: input.password,
    officialId: official.id,
    roles: input.roles,
    province: input.province,
  });
  return new WorkflowResponse({ official, identity });
});

import type { IAuthModuleService } from '@medusajs/framework/types';
import { Modules } from '@medusajs/framework/utils';
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';

/**
 * Puts the registry producer id into the member's auth identity, so every token Medusa issues
 * for it carries app_metadata.producer_id, the scope the registry enforces.
 */
export const bindProducerToIdentityStep = createStep(
  'bind-producer-to-identity',
  async (input: { authIdentityId: string; producerId: string }, { container }) => {
    const auth: IAuthModuleService = container.resolve(Modules.AUTH);
    const identity = await auth.retrieveAuthIdentity(input.authIdentityId);
    const previous = (identity.app_metadata ?? {}) as Record<string, unknown>;
    await auth.updateAuthIdentities({
      id: input.authIdentityId,
      app_metadata: { ...previous, producer_id: input.producerId },
    });
    return new StepResponse(undefined, { id: input.authIdentityId });
  },
  async (undo, { container }) => {
    if (!undo) return;
    const auth: IAuthModuleService = container.resolve(Modules.AUTH);
    const identity = await auth.retrieveAuthIdentity(undo.id);
    const { producer_id: _, ...rest } = (identity.app_metadata ?? {}) as Record<string, unknown>;
    await auth.updateAuthIdentities({ id: undo.id, app_metadata: rest });
  },
);

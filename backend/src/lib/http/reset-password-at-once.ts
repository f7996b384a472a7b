import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { generateResetPasswordTokenWorkflow } from '@medusajs/medusa/core-flows';

/**
 * Takes over POST /auth/:actor/emailpass/reset-password: answers 201 at once and makes (and
 * e-mails) the token afterwards. Medusa's route waits for the workflow, which ends early for an
 * unknown account, so its answer time told which e-mails have accounts.
 */
export function resetPasswordAtOnce(req: MedusaRequest, res: MedusaResponse, _next: MedusaNextFunction) {
  const { identifier, metadata } = (req.body ?? {}) as { identifier?: unknown; metadata?: unknown };
  if (typeof identifier !== 'string' || identifier.length === 0 || identifier.length > 320) {
    res.status(400).json({ type: 'invalid_data', message: 'identifier: an e-mail address is required.' });
    return;
  }
  const actorType = req.params.actor_type;
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig;
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER);
  res.sendStatus(201);
  generateResetPasswordTokenWorkflow(req.scope)
    .run({
      input: {
        entityId: identifier,
        actorType,
        provider: 'emailpass',
        secret: http.jwtSecret as string,
        jwtOptions: http.jwtOptions,
        metadata: metadata && typeof metadata === 'object' ? (metadata as Record<string, unknown>) : {},
      },
      // An unknown account is no error worth logging; it must only look like a known one.
      throwOnError: false,
    })
    .catch((e: Error) => logger.error(`reset-password: ${e.message}`));
}

import type { ExecArgs } from '@medusajs/framework/types';
import { OFFICIAL_ROLES, type OfficialRole } from '../modules/official';
import { createOfficialWorkflow } from '../workflows/create-official';

/**
 * Officials are created by an operator, never self-registered:
 *   npx medusa exec ./src/scripts/create-official.ts <email> <password> "<name>" <province|national> <roles,comma,separated>
 */
export default async function createOfficial({ container, args }: ExecArgs) {
  const [email, password, name, scope, roleList] = args;
  const roles = (roleList ?? '').split(',').filter(Boolean) as OfficialRole[];
  if (
    !email ||
    !password ||
    password.length < 10 ||
    !name ||
    !scope ||
    roles.some((r) => !OFFICIAL_ROLES.includes(r))
  ) {
    throw new Error(
      'usage: create-official <email> <password, 10+ chars> "<name>" <province|national> <issuer,revoker,inspector>',
    );
  }
  const { result } = await createOfficialWorkflow(container).run({
    input: { email, password, name, province: scope === 'national' ? null : scope.normalize('NFC'), roles },
  });
  console.log(
    `official ${result.official.id} (${email}) created for ${scope} with roles ${roles.join(', ') || 'none'}`,
  );
}

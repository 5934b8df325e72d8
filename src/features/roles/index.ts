// Roles: `rol`, the project lead grants and takes back roles; a contact confirms who claims to be the facilitator.
import { onVerb, type Feature } from '../../bot/feature';
import type { FeatureDeps } from '../../bot/deps';
import { decideFacilitatorClaim } from '../shared/facilitator';
import { facilitatorConfirm } from '../shared/verbs';
import { Roles } from './roles';
import * as verbs from './verbs';

export function rolesFeature(deps: FeatureDeps): Feature {
  const roles = new Roles(deps);
  return {
    name: 'roles',
    commands: [
      {
        id: 'roles',
        names: ['rol', 'rollen', 'role', 'roles'],
        help: (t) => t.help.commands.roles,
        run: (turn) => roles.command(turn),
      },
    ],
    actions: [
      onVerb(verbs.roleGrant, { run: (turn, d) => roles.change(turn, 'grant', d) }),
      onVerb(verbs.roleRevoke, { run: (turn, d) => roles.change(turn, 'revoke', d) }),
      onVerb(facilitatorConfirm, { run: (turn, d) => decideFacilitatorClaim(deps, turn, d) }),
    ],
  };
}

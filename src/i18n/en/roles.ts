// The English of nl/roles.ts: the same keys, which its type checks.
import type { Texts } from '../nl';

/** Help card lines (help.commands.*); the words users type are in features/roles/index.ts. */
export const rolesCommands: Pick<Texts['help']['commands'], 'roles'> = {
  roles: { name: 'role', description: 'Give someone a role or take it back (project lead only).' },
};

export const rolesTexts: Pick<Texts, 'roles'> = {
  roles: {
    leadsOnly: 'Only the project lead can manage roles.',
    form: {
      title: 'Manage roles',
      intro: 'Give someone a role or take it back. Every change is recorded (who, when).',
      person: 'Person (in Teams)',
      role: 'Role',
      broedplaats: 'Broedplaats (for contact or process facilitator)',
      grant: 'Give role',
      revoke: 'Take back role',
      current: 'Current roles',
      log: 'Latest changes',
    },
    names: { lead: 'project lead', contact: 'contact', facilitator: 'process facilitator' },
    errors: {
      person: 'Please pick a person in Teams.',
      broedplaats: 'Please pick the broedplaats for this role.',
      role: 'Please choose a role.',
    },
    granted: (p: { name: string; role: string; where: string }) => `${p.name} is now ${p.role}${p.where}.`,
    revoked: (p: { name: string; role: string; where: string }) =>
      `${p.name} is no longer ${p.role}${p.where}.`,
    notHeld: (p: { name: string; role: string }) =>
      `${p.name} did not have that role (${p.role}) through a grant; nothing was changed.`,
    at: (p: { network: string }) => ` of ${p.network}`,
    logLine: (p: { when: string; by: string; action: string; name: string; role: string; where: string }) =>
      `${p.when}: ${p.by} ${p.action} ${p.name} ${p.role}${p.where}`,
    actions: { grant: 'gave', revoke: 'took from' },
    none: 'none',
    fromSettings: ' (in the settings)',
    fromIntake: ' (from the intake)',
    you: 'you',
    more: (p: { n: number }) => `and ${p.n} more`,
  },
};

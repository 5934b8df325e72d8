// Who may do what with a broedplaats: contacts and facilitators manage it, project leads see and manage all.
import { z } from 'zod';
import type { Broedplaats } from './broedplaats';

export const GRANTABLE_ROLES = ['lead', 'contact', 'facilitator'] as const;
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];

/** A role given with `rol` by a project lead: project lead (everywhere), or contact / facilitator of one broedplaats. */
export const roleGrantSchema = z.object({
  role: z.enum(GRANTABLE_ROLES),
  broedplaatsId: z.string().optional(),
  aadObjectId: z.string(),
  name: z.string(),
  grantedBy: z.object({ aadObjectId: z.string(), name: z.string() }),
  grantedAt: z.string(),
});
export type RoleGrant = z.infer<typeof roleGrantSchema>;

/** A change of roles, kept for the record: who did what, when. */
export const roleChangeSchema = z.object({
  action: z.enum(['grant', 'revoke']),
  role: z.enum(GRANTABLE_ROLES),
  broedplaatsId: z.string().optional(),
  target: z.object({ aadObjectId: z.string(), name: z.string() }),
  by: z.object({ aadObjectId: z.string(), name: z.string() }),
  at: z.string(),
});
export type RoleChange = z.infer<typeof roleChangeSchema>;

/** The identity rights are checked against: the Entra object id from the activity, never from card data. */
export interface Identity {
  aadObjectId: string | undefined;
}

function granted(
  grants: readonly RoleGrant[],
  role: GrantableRole,
  identity: Identity,
  broedplaatsId?: string,
): boolean {
  const id = identity.aadObjectId?.toLowerCase();
  return Boolean(
    id &&
    grants.some(
      (g) =>
        g.role === role && g.aadObjectId === id && (role === 'lead' || g.broedplaatsId === broedplaatsId),
    ),
  );
}

/** Whether this person is a project lead (configured, or granted with `rol`). */
export function isProjectLead(
  identity: Identity,
  projectLeadIds: readonly string[],
  grants: readonly RoleGrant[] = [],
): boolean {
  return (
    Boolean(identity.aadObjectId && projectLeadIds.includes(identity.aadObjectId.toLowerCase())) ||
    granted(grants, 'lead', identity)
  );
}

/** Whether this person is a contact of the broedplaats (from the intake, or granted). */
export function isContact(b: Broedplaats, identity: Identity, grants: readonly RoleGrant[] = []): boolean {
  const id = identity.aadObjectId?.toLowerCase();
  return (
    Boolean(id && b.contacts.some((c) => c.aadObjectId.toLowerCase() === id)) ||
    granted(grants, 'contact', identity, b.id)
  );
}

/** Whether this person is the broedplaats's process facilitator (recognised by e-mail earlier, or granted). */
export function isFacilitator(
  b: Broedplaats,
  identity: Identity,
  grants: readonly RoleGrant[] = [],
): boolean {
  const id = identity.aadObjectId?.toLowerCase();
  return (
    Boolean(id && b.facilitator.chosen && b.facilitator.aadObjectId?.toLowerCase() === id) ||
    granted(grants, 'facilitator', identity, b.id)
  );
}

/**
 * Whether a Teams account with this e-mail address is the facilitator named at the intake (not yet
 * recognised by Entra id): the first time they use the bot, they are recognised by their address.
 */
export function isNamedFacilitator(b: Broedplaats, email: string | undefined): boolean {
  return Boolean(
    email &&
    b.facilitator.chosen &&
    !b.facilitator.aadObjectId &&
    b.facilitator.email.toLowerCase() === email.toLowerCase(),
  );
}

/** Whether this person may plan, close, move or cancel meetings of the broedplaats. */
export function canManage(
  b: Broedplaats,
  identity: Identity,
  projectLeadIds: readonly string[],
  grants: readonly RoleGrant[] = [],
): boolean {
  return (
    isContact(b, identity, grants) ||
    isFacilitator(b, identity, grants) ||
    isProjectLead(identity, projectLeadIds, grants)
  );
}

// Who may do what with a broedplaats: contacts and facilitators manage it, project leads see and manage all.
import type { Broedplaats } from './broedplaats';

/** The identity rights are checked against: the Entra object id from the activity, never from card data. */
export interface Identity {
  aadObjectId: string | undefined;
}

/** Whether this person is a project lead (configured, or granted later). */
export function isProjectLead(identity: Identity, projectLeadIds: readonly string[]): boolean {
  return Boolean(identity.aadObjectId && projectLeadIds.includes(identity.aadObjectId.toLowerCase()));
}

/** Whether this person is a contact of the broedplaats. */
export function isContact(b: Broedplaats, identity: Identity): boolean {
  const id = identity.aadObjectId?.toLowerCase();
  return Boolean(id && b.contacts.some((c) => c.aadObjectId.toLowerCase() === id));
}

/** Whether this person is the broedplaats's process facilitator, as recognised earlier. */
export function isFacilitator(b: Broedplaats, identity: Identity): boolean {
  const id = identity.aadObjectId?.toLowerCase();
  return Boolean(id && b.facilitator.chosen && b.facilitator.aadObjectId?.toLowerCase() === id);
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
export function canManage(b: Broedplaats, identity: Identity, projectLeadIds: readonly string[]): boolean {
  return isContact(b, identity) || isFacilitator(b, identity) || isProjectLead(identity, projectLeadIds);
}

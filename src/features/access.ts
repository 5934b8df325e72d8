// Rights checks that may need Teams: a facilitator named by e-mail at the intake is recognised on first use.
import type { Turn } from '../bot/feature';
import type { Broedplaats, PersonRef } from '../domain/broedplaats';
import { canManage, isNamedFacilitator, isProjectLead, type RoleGrant } from '../domain/roles';
import type { FeatureDeps } from '.';
import { isPseudonym } from '../domain/pseudonym';

/** The actor's role grants (read once per turn). */
export function grantsOf(deps: FeatureDeps, turn: Turn): Promise<RoleGrant[]> {
  const aad = turn.actor.aadObjectId;
  return aad ? turn.memo('grants', () => deps.store.roles.grantsOf(aad)) : Promise.resolve([]);
}

/** Whether the actor is a configured project lead (no grants needed to know it). */
export function isConfiguredLead(deps: FeatureDeps, turn: Turn): boolean {
  return isProjectLead(turn.actor, deps.config.projectLeadIds);
}

/** Whether the actor is a project lead (configured or granted); grants are read only when not configured. */
export async function isLead(deps: FeatureDeps, turn: Turn): Promise<boolean> {
  return isConfiguredLead(deps, turn) || isProjectLead(turn.actor, [], await grantsOf(deps, turn));
}

/**
 * Whether the actor may manage `b` (plan, close, move, cancel): a contact, the project lead, or its
 * facilitator. A facilitator not yet recognised is matched on their Teams e-mail address once, and then
 * remembered by Entra id.
 */
export async function mayManage(deps: FeatureDeps, turn: Turn, b: Broedplaats): Promise<boolean> {
  if (canManage(b, turn.actor, deps.config.projectLeadIds, await grantsOf(deps, turn))) return true;
  if (!turn.actor.aadObjectId || !b.facilitator.chosen || b.facilitator.aadObjectId) return false;
  if (!isNamedFacilitator(b, await turn.lookupEmail())) return false;
  const aadObjectId = turn.actor.aadObjectId;
  await deps.store.broedplaatsen.update(b.id, (current) =>
    current.facilitator.chosen && !current.facilitator.aadObjectId
      ? { ...current, facilitator: { ...current.facilitator, aadObjectId } }
      : undefined,
  );
  return true;
}

/** Someone the bot can still address (not under a pseudonym after removing their data). */
const addressable = (aadObjectId: string) => Boolean(aadObjectId) && !isPseudonym(aadObjectId);

/**
 * The contacts of `b` to tell things proactively: those from the intake and those given the role with `rol`, each
 * once (one query for the grants).
 */
export async function contactsOf(deps: Pick<FeatureDeps, 'store'>, b: Broedplaats): Promise<PersonRef[]> {
  const granted = (await deps.store.roles.all())
    .filter((g) => g.role === 'contact' && g.broedplaatsId === b.id)
    .map((g) => ({ aadObjectId: g.aadObjectId, name: g.name }));
  const seen = new Set<string>();
  return [...b.contacts, ...granted].filter((c) => {
    const id = c.aadObjectId.toLowerCase();
    if (!addressable(id) || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** The project leads: from the configuration and given the role with `rol` (one query for the grants). */
export async function projectLeads(deps: Pick<FeatureDeps, 'store' | 'config'>): Promise<string[]> {
  const granted = (await deps.store.roles.all()).filter((g) => g.role === 'lead').map((g) => g.aadObjectId);
  return [...new Set([...deps.config.projectLeadIds, ...granted].map((id) => id.toLowerCase()))].filter(
    addressable,
  );
}

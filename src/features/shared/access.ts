// Rights checks that may need Teams: a facilitator named by e-mail at the intake is recognised once a contact
// confirms the Teams account that matched (an address shown by Teams is no proof of who someone is).
import type { Turn } from '../../bot/feature';
import { renderNoticeCard } from '../../cards/notice';
import { escapeMarkdown } from '../../domain/text';
import { localeOf, textsFor } from '../../i18n';
import type { Broedplaats, PersonRef } from '../../domain/broedplaats';
import { canManage, isNamedFacilitator, isProjectLead, type RoleGrant } from '../../domain/roles';
import type { FeatureDeps } from '../../bot/deps';
import { isPseudonym } from '../../domain/pseudonym';
import type { Viewer } from '../../domain/visibility';
import { facilitatorConfirm } from './verbs';

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

/** The actor as domain/visibility sees them: who, from which tenant, project lead or not, their grants. */
export async function viewerOf(deps: FeatureDeps, turn: Turn): Promise<Viewer> {
  return {
    identity: turn.actor,
    tenantId: turn.conversation.tenantId ?? turn.actor.tenantId,
    lead: await isLead(deps, turn),
    grants: await grantsOf(deps, turn),
  };
}

/**
 * Whether the actor may manage `b` (plan, close, move, cancel): a contact, the project lead, or its
 * facilitator. An account whose Teams e-mail address matches the facilitator named at the intake is not one yet:
 * a contact is asked to confirm it (see `claimFacilitator`), and it is remembered by Entra id from then on.
 */
export async function mayManage(deps: FeatureDeps, turn: Turn, b: Broedplaats): Promise<boolean> {
  if (canManage(b, turn.actor, deps.config.projectLeadIds, await grantsOf(deps, turn))) return true;
  if (!turn.actor.aadObjectId || !b.facilitator.chosen || b.facilitator.aadObjectId) return false;
  if (!isNamedFacilitator(b, await turn.lookupEmail())) return false;
  await claimFacilitator(deps, turn, b);
  return false;
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

/** Whether a contact refused this account as the facilitator of `b` (rows of before kept it on the claim). */
export function refusedAsFacilitator(b: Broedplaats, aadObjectId: string): boolean {
  const f = b.facilitator;
  if (!f.chosen) return false;
  return (
    Boolean(f.refusedClaimants?.includes(aadObjectId)) ||
    (f.claim?.aadObjectId === aadObjectId && Boolean(f.claim.refusedAt))
  );
}

/** Whether an account of this tenant may be recognised by e-mail: the broedplaats's own tenant only. */
function tenantMayClaim(b: Broedplaats, tenantId: string | undefined): boolean {
  return Boolean(tenantId && tenantId.toLowerCase() === b.origin.tenantId?.toLowerCase());
}

/** Tells the actor once per turn (rights are checked for many broedplaatsen in one turn) that a contact confirms. */
function tellWaiting(turn: Turn): Promise<void> {
  return turn.memo('facilitator-claim:waiting', () =>
    turn.send(turn.t.facilitatorClaim.waiting).then(() => undefined),
  );
}

/**
 * The actor's e-mail matched the facilitator named at the intake: the claim is recorded and the contacts are asked
 * to confirm it (once per account); the actor is told that it waits for them. Never gives the role by itself.
 */
export async function claimFacilitator(deps: FeatureDeps, turn: Turn, b: Broedplaats): Promise<void> {
  const aad = turn.actor.aadObjectId;
  if (!aad || !b.facilitator.chosen || b.facilitator.aadObjectId) return;
  if (!tenantMayClaim(b, turn.conversation.tenantId ?? turn.actor.tenantId)) return;
  if (refusedAsFacilitator(b, aad)) return;
  const earlier = b.facilitator.claim;
  if (earlier?.aadObjectId === aad) return tellWaiting(turn);
  const at = deps.now().toISOString();
  let recorded = false;
  await deps.store.broedplaatsen.update(b.id, (current) => {
    if (!current.facilitator.chosen || current.facilitator.aadObjectId) return undefined;
    if (current.facilitator.claim?.aadObjectId === aad || refusedAsFacilitator(current, aad))
      return undefined;
    recorded = true;
    return {
      ...current,
      facilitator: { ...current.facilitator, claim: { aadObjectId: aad, name: turn.actor.name, at } },
    };
  });
  if (!recorded) return;
  await tellWaiting(turn);
  for (const c of await contactsOf(deps, b)) {
    const chat = await deps.store.conversations.personalChatOf(c.aadObjectId);
    const t = textsFor(localeOf(chat?.address.locale ?? turn.locale));
    const data = (answer: 'yes' | 'no') =>
      facilitatorConfirm.data({ broedplaatsId: b.id, claimant: aad, answer });
    const card = renderNoticeCard({
      title: t.facilitatorClaim.title({ network: escapeMarkdown(b.network.name) }),
      text: t.facilitatorClaim.ask({
        name: escapeMarkdown(turn.actor.name),
        email: escapeMarkdown(b.facilitator.email),
        facilitator: escapeMarkdown(b.facilitator.name),
      }),
      color: 'Attention',
      submit: [
        { title: t.facilitatorClaim.yes, verb: facilitatorConfirm.name, data: data('yes') },
        { title: t.facilitatorClaim.no, verb: facilitatorConfirm.name, data: data('no') },
      ],
    });
    await deps.outbox.deliver(
      { kind: 'user', aadObjectId: c.aadObjectId, tenantId: b.origin.tenantId, hint: turn.address },
      { card },
      { purpose: 'facilitator-claim', broedplaatsId: b.id, recipient: c.name },
    );
  }
}

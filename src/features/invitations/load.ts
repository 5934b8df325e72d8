// Reading what an invitation card is about: the invitation with its broedplaats and meeting, and the poll's votes.
import type { Broedplaats } from '../../domain/broedplaats';
import type { Invitation } from '../../domain/invitation';
import type { Meeting, Vote } from '../../domain/meeting';
import type { FeatureDeps } from '../../bot/deps';

/** The ids an invitation card's buttons carry (card data: only where to look, never who clicks). */
export interface InvitationIds {
  broedplaatsId: string;
  meetingId: string;
  invitationId: string;
}

/** The invitation named by a card, with its broedplaats and meeting, when all three exist and belong together. */
export async function loadInvitation(
  deps: FeatureDeps,
  ids: InvitationIds,
): Promise<{ inv: Invitation; b: Broedplaats; m: Meeting } | undefined> {
  const [inv, b, m] = await Promise.all([
    deps.store.invitations.get(ids.meetingId, ids.invitationId),
    deps.store.broedplaatsen.get(ids.broedplaatsId),
    deps.store.meetings.get(ids.broedplaatsId, ids.meetingId),
  ]);
  if (!inv || !b || !m || inv.value.broedplaatsId !== ids.broedplaatsId) return undefined;
  return { inv: inv.value, b: b.value, m: m.value };
}

/** The date poll's votes while the date is being chosen (none once it is fixed or called off). */
export function pollVotes(deps: FeatureDeps, m: Meeting): Promise<Vote[]> {
  return m.status === 'polling' ? deps.store.meetings.votesOf(m.id) : Promise.resolve([]);
}

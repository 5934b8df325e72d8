// Invitation cards kept up to date: the cards sent 1:1 show the meeting and the answers as they are now.
import { DateTime } from 'luxon';
import type { Broedplaats } from '../../domain/broedplaats';
import { answersOpen, type Invitation, type Rsvp } from '../../domain/invitation';
import type { Meeting } from '../../domain/meeting';
import { localeOf, textsFor } from '../../i18n';
import type { FeatureDeps } from '../../bot/deps';
import { pollVotes } from './load';
import { invitationCard, marksOf } from './views';

/**
 * Replaces every invitation card of `m` that went 1:1 (but that of `except`, whose card the click itself answers)
 * with the card as it is now: the moment, who else comes, the invitee's own answer and marks on the date poll.
 */
export async function updateInvitationCards(
  deps: FeatureDeps,
  b: Broedplaats,
  m: Meeting,
  all: readonly Invitation[],
  rsvps: readonly Rsvp[],
  except?: string,
): Promise<void> {
  const open = answersOpen(m, DateTime.fromJSDate(deps.now()));
  const votes = all.some((inv) => inv.delivery.via === '1:1') ? await pollVotes(deps, m) : [];
  for (const inv of all) {
    const d = inv.delivery;
    if (inv.id === except || d.via !== '1:1' || !d.conversationId || !d.messageId) continue;
    const chat = await deps.store.conversations.get(d.conversationId);
    if (!chat) continue;
    const locale = localeOf(chat.value.address.locale);
    const rsvp = rsvps.find((r) => r.invitationId === inv.id);
    const card = invitationCard(textsFor(locale), locale, b, m, inv, all, rsvps, {
      forInvitee: true,
      open,
      rsvp,
      marks: marksOf(inv, votes),
    });
    await deps.outbox.deliver(
      { kind: 'update', address: chat.value.address, messageId: d.messageId, card },
      { card },
      { purpose: 'invitation-update', broedplaatsId: b.id, recipient: inv.invitee.name },
    );
  }
}

/**
 * `updateInvitationCards` for meeting `m` of `b` as they are when it runs (read then, not when asked): requests that
 * come while one waits share it, so a burst of answers and a move of the meeting end with the cards of now.
 */
export function refreshInvitationCards(
  deps: FeatureDeps,
  b: Broedplaats,
  m: Meeting,
  /** The invitation whose card the click itself answers (it keeps its "saved" line). */
  except?: string,
): Promise<void> {
  return deps.coalescer.request(`invitation-cards:${m.id}`, async () => {
    const [bNow, mNow, all, rsvps] = await Promise.all([
      deps.store.broedplaatsen.get(b.id),
      deps.store.meetings.get(b.id, m.id),
      deps.store.invitations.listFor(m.id),
      deps.store.invitations.rsvpsOf(m.id),
    ]);
    await updateInvitationCards(deps, bNow?.value ?? b, mNow?.value ?? m, all, rsvps, except);
  });
}

// Getting an invitation to its invitee: 1:1 in Teams when the bot can reach them, else in the network's conversation.
import type { Outgoing } from '../../bot/feature';
import type { AdaptiveCard } from '../../cards/render';
import type { Broedplaats } from '../../domain/broedplaats';
import type { Invitation, Rsvp } from '../../domain/invitation';
import type { Meeting } from '../../domain/meeting';
import { localeOf, textsFor } from '../../i18n';
import type { ConversationAddress } from '../../store/conversations';
import type { FeatureDeps } from '..';
import { invitationCard } from './views';

/**
 * The card for the network's conversation: read-only for everyone, and refreshed into the answerable card
 * for the invitee alone (when Teams tells their user id); else the answerable card, refusing others' clicks.
 */
async function sharedInvitationCard(
  deps: FeatureDeps,
  address: ConversationAddress,
  aadObjectId: string,
  answerable: AdaptiveCard,
  readOnly: () => AdaptiveCard,
): Promise<AdaptiveCard> {
  const teamsId = await deps.messenger.memberId(address, aadObjectId);
  if (!teamsId) return answerable;
  const data = executeData(answerable);
  const card = readOnly();
  card.refresh = {
    action: { type: 'Action.Execute', verb: 'rsvp.refresh', data: { ...data, verb: 'rsvp.refresh' } },
    userIds: [teamsId],
  };
  return card;
}

/** The ids an invitation card's buttons carry. */
function executeData(card: AdaptiveCard): Record<string, unknown> {
  const action = (card.actions ?? []).find((a) => (a as { type?: string }).type === 'Action.Execute') as
    { data?: Record<string, unknown> } | undefined;
  const { broedplaatsId, meetingId, invitationId } = action?.data ?? {};
  return { broedplaatsId, meetingId, invitationId };
}

/**
 * Sends the invitation card (with `status`, e.g. a reminder line): to the invitee 1:1 (their stored chat,
 * or a new one in the tenant); when that is impossible, into the meeting's conversation with an @mention.
 * Invitees known only by e-mail cannot be reached in Teams: delivery "none".
 */
export async function deliverInvitation(
  deps: FeatureDeps,
  b: Broedplaats,
  m: Meeting,
  inv: Invitation,
  context: {
    all: readonly Invitation[];
    rsvps: readonly Rsvp[];
    hint?: ConversationAddress;
    status?: string;
    tenantId?: string;
  },
): Promise<Invitation['delivery']> {
  const aad = inv.invitee.aadObjectId;
  if (!aad) return { via: 'none', reason: 'not in Teams' };
  const meta = {
    purpose: context.status ? 'rsvp-reminder' : 'invitation',
    broedplaatsId: b.id,
    recipient: inv.invitee.name,
  };
  const chat = await deps.store.conversations.personalChatOf(aad);
  const locale = localeOf(chat?.address.locale ?? context.hint?.locale);
  const t = textsFor(locale);
  const status = context.status ? { text: context.status, color: 'Accent' as const } : undefined;
  const card = invitationCard(t, locale, b, m, inv, context.all, context.rsvps, {
    forInvitee: true,
    open: true,
    status,
  });
  const direct = await deps.outbox.deliver(
    { kind: 'user', aadObjectId: aad, tenantId: context.tenantId, hint: context.hint },
    { card },
    meta,
  );
  if (direct.ok) {
    const convId =
      chat?.address.conversation.id ??
      (await deps.store.conversations.personalChatOf(aad))?.address.conversation.id;
    return { via: '1:1', conversationId: convId, messageId: direct.messageId };
  }
  if ('queued' in direct) return { via: 'queued', reason: direct.reason };
  const conversation = await deps.store.conversations.get(m.poll.conversationId);
  if (!conversation) return { via: 'none', reason: direct.reason };
  const message: Outgoing = {
    card: await sharedInvitationCard(deps, conversation.value.address, aad, card, () =>
      invitationCard(t, locale, b, m, inv, context.all, context.rsvps, { forInvitee: false, open: true }),
    ),
    text: `<at>${inv.invitee.name.replace(/[<>]/g, '')}</at>`,
    mentions: [{ aadObjectId: aad, name: inv.invitee.name.replace(/[<>]/g, '') }],
  };
  const shared = await deps.outbox.deliver(
    { kind: 'conversation', address: conversation.value.address },
    message,
    meta,
  );
  return shared.ok
    ? { via: 'conversation', conversationId: m.poll.conversationId, messageId: shared.messageId }
    : { via: 'queued' in shared ? 'queued' : 'none', reason: shared.reason };
}

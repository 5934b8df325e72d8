// Getting an invitation to its invitee: 1:1 in Teams when the bot can reach them, else in the network's conversation.
import type { Outgoing } from '../../bot/feature';
import type { AdaptiveCard } from '../../cards/render';
import type { Broedplaats } from '../../domain/broedplaats';
import type { Invitation, Rsvp } from '../../domain/invitation';
import type { Meeting } from '../../domain/meeting';
import { localeOf, textsFor } from '../../i18n';
import type { ConversationAddress } from '../../store/conversations';
import type { FeatureDeps } from '../../bot/deps';
import { invitationCard } from './views';
import * as verbs from './verbs';

/** The card for the network's conversation: read-only for everyone, refreshed into the answerable card for the invitee alone. */
function sharedInvitationCard(
  teamsId: string,
  answerable: AdaptiveCard,
  readOnly: AdaptiveCard,
): AdaptiveCard {
  const data = executeData(answerable);
  readOnly.refresh = {
    action: {
      type: 'Action.Execute',
      verb: verbs.rsvpRefresh.name,
      data: { ...data, verb: verbs.rsvpRefresh.name },
    },
    userIds: [teamsId],
  };
  return readOnly;
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
 * or a new one in the tenant, opened with their Teams user id `teamsId` when known); when that is impossible, into
 * the meeting's conversation with an @mention if they are a member there. Otherwise, and for invitees known only
 * by e-mail, delivery "none" with Teams' reason.
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
    teamsId?: string;
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
    { kind: 'user', aadObjectId: aad, id: context.teamsId, tenantId: context.tenantId, hint: context.hint },
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
  // A card for someone who is not in the conversation would reach no one: the contact is told instead.
  const lookUp = (id: string | undefined) =>
    conversation && id ? deps.messenger.member(conversation.value.address, id) : undefined;
  // Teams finds a member by either id; some clients (the Agents Playground) only by the Teams user id.
  const member = (await lookUp(aad)) ?? (context.teamsId !== aad ? await lookUp(context.teamsId) : undefined);
  if (!conversation || !member?.id) return { via: 'none', reason: direct.reason };
  const message: Outgoing = {
    card: sharedInvitationCard(
      member.id,
      card,
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

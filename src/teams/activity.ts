// Reading Teams activities and writing bot messages: the translation between botbuilder and the feature Turn.
import {
  ActivityTypes,
  CardFactory,
  MessageFactory,
  TeamsInfo,
  TurnContext,
  type Activity,
  type ConversationReference,
  type TeamsChannelAccount,
} from 'botbuilder';
import type { AdaptiveCard } from '../cards/render';
import type { Actor, ConversationKind, Member, Outgoing, Turn } from '../bot/feature';
import { localeOf, textsFor } from '../i18n';
import { NO_CLAIM, type TurnClaim } from '../store/claims';
import { conversationAddressSchema, type ConversationAddress } from '../store/conversations';

/** teams-ai user-scope state the edge keeps for each user. */
export interface UserScope {
  /** Set once the user has seen the full help; afterwards unknown text gets the short pointer only. */
  greetedAt?: string;
  /** Open conversational flows by conversation id (e.g. an intake in progress). */
  openFlows?: Record<string, string>;
}

/** Most conversations with an open flow remembered per user (older ones are dropped; their drafts stay stored). */
const MAX_OPEN_FLOWS = 20;

function channelDataTenant(activity: Partial<Activity>): string | undefined {
  const id = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  return typeof id === 'string' ? id.toLowerCase() : undefined;
}

/** The Entra tenant of an activity, lowercased. */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  return activity.conversation?.tenantId?.toLowerCase() ?? channelDataTenant(activity);
}

/** Whether the activity names one tenant only (its conversation's and its channel data's, where both are given). */
export function tenantIsUnambiguous(activity: Partial<Activity>): boolean {
  const conversation = activity.conversation?.tenantId?.toLowerCase();
  const channelData = channelDataTenant(activity);
  return !conversation || !channelData || conversation === channelData;
}

function clientLocale(activity: Partial<Activity>): string | undefined {
  const info = activity.entities?.find((e) => e.type === 'clientInfo') as { locale?: unknown } | undefined;
  return typeof info?.locale === 'string' ? info.locale : undefined;
}

/** The client's language: the activity's locale, else the clientInfo entity's. */
export function activityLocale(activity: Partial<Activity>): string | undefined {
  return activity.locale ?? clientLocale(activity);
}

/** A bot message activity for a text or a card. */
export function toActivity(message: Outgoing): Partial<Activity> {
  if (typeof message === 'string')
    return { type: ActivityTypes.Message, text: message, textFormat: 'markdown' };
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(message.card));
  if (message.text) activity.text = message.text;
  if (message.mentions?.length) {
    activity.entities = message.mentions.map((m) => ({
      type: 'mention',
      text: `<at>${m.name}</at>`,
      mentioned: { id: m.aadObjectId, name: m.name },
    }));
  }
  return activity;
}

/** A stored address from an activity (for later proactive messages). */
export function addressOf(activity: Partial<Activity>): ConversationAddress {
  const reference: Partial<ConversationReference> = TurnContext.getConversationReference(activity);
  const tenantId = tenantOf(activity);
  return conversationAddressSchema.parse({
    serviceUrl: reference.serviceUrl,
    channelId: reference.channelId,
    conversation: {
      id: activity.conversation?.id,
      conversationType: activity.conversation?.conversationType,
      tenantId,
      isGroup: activity.conversation?.isGroup,
      name: activity.conversation?.name,
    },
    bot: { id: activity.recipient?.id, name: activity.recipient?.name },
    user: activity.from?.id
      ? {
          id: activity.from.id,
          name: activity.from.name,
          aadObjectId: activity.from.aadObjectId?.toLowerCase(),
        }
      : undefined,
    locale: activity.locale,
  });
}

/** What Teams says of an account, as the features read it (ids lowercased, empty values left out). */
export function memberOf(m: TeamsChannelAccount): Member {
  return {
    id: m.id || undefined,
    aadObjectId: m.aadObjectId?.toLowerCase() || undefined,
    name: m.name || undefined,
    email: (m.email || m.userPrincipalName || undefined)?.toLowerCase(),
  };
}

/** The botbuilder reference for a stored address. */
export function referenceOf(address: ConversationAddress): Partial<ConversationReference> {
  return {
    serviceUrl: address.serviceUrl,
    channelId: address.channelId,
    conversation: {
      ...address.conversation,
      conversationType: address.conversation.conversationType ?? '',
      isGroup: address.conversation.isGroup ?? false,
      name: address.conversation.name ?? '',
    },
    bot: { id: address.bot.id, name: address.bot.name ?? '' },
    user: address.user
      ? { id: address.user.id, name: address.user.name ?? '', aadObjectId: address.user.aadObjectId }
      : undefined,
    locale: address.locale,
  };
}

/** An activity's timestamp as a date (the adapter may leave the wire's string), undefined when absent or invalid. */
function sentAtOf(timestamp: Date | string | undefined): Date | undefined {
  if (timestamp === undefined) return undefined;
  const at = new Date(timestamp);
  return Number.isNaN(at.getTime()) ? undefined : at;
}

/**
 * Builds the framework-free view of a turn; `user` is teams-ai's user-scope state (absent for refused turns),
 * `claim` the activity's claim, taken before anything is sent; `memos` and `readAheads` what was loaded (or started)
 * for the turn already.
 */
export function toTurn(
  context: TurnContext,
  user?: UserScope,
  claim: TurnClaim = NO_CLAIM,
  memos = new Map<string, Promise<unknown>>(),
  readAheads = new Map<string, Promise<unknown>>(),
): Turn {
  const activity = context.activity;
  const locale = localeOf(activityLocale(activity));
  const tenantId = tenantOf(activity);
  const conversationType = activity.conversation?.conversationType;
  const kind: ConversationKind =
    conversationType === 'channel' ? 'channel' : conversationType === 'groupChat' ? 'groupChat' : 'personal';
  const actor: Actor = {
    id: activity.from?.id ?? '',
    aadObjectId: activity.from?.aadObjectId?.toLowerCase(),
    name: activity.from?.name ?? '',
    tenantId,
  };
  const conversationId = activity.conversation?.id ?? '';
  let email: Promise<string | undefined> | undefined;
  return {
    locale,
    localeGiven: activityLocale(activity) !== undefined,
    t: textsFor(locale),
    actor,
    conversation: { id: conversationId, kind, tenantId, name: activity.conversation?.name },
    address: addressOf(activity),
    activityId: activity.id,
    sentAt: sentAtOf(activity.timestamp),
    claim,
    async send(message: Outgoing) {
      await claim.ensure();
      const response = await context.sendActivity(toActivity(message));
      return response?.id;
    },
    async update(messageId: string, card: AdaptiveCard) {
      await claim.ensure();
      await context.updateActivity({
        ...MessageFactory.attachment(CardFactory.adaptiveCard(card)),
        id: messageId,
      });
    },
    get openFlow() {
      return user?.openFlows?.[conversationId];
    },
    memo<T>(key: string, load: () => Promise<T>): Promise<T> {
      let hit = memos.get(key) as Promise<T> | undefined;
      if (!hit) {
        hit = load();
        memos.set(key, hit);
      }
      return hit;
    },
    readAhead(key: string, load: () => Promise<unknown>) {
      const started = load();
      // A failure surfaces where it is taken; unread, it is dropped with the turn.
      started.catch(() => undefined);
      readAheads.set(key, started);
    },
    takeReadAhead<T>(key: string, load: () => Promise<T>): Promise<T> {
      const started = readAheads.get(key) as Promise<T> | undefined;
      readAheads.delete(key);
      return started ?? load();
    },
    async lookupMember(userId: string) {
      try {
        return memberOf(await TeamsInfo.getMember(context, userId));
      } catch {
        return undefined;
      }
    },
    lookupEmail() {
      email ??= TeamsInfo.getMember(context, activity.from?.id ?? '').then(
        (m) => (m.email ?? m.userPrincipalName ?? undefined)?.toLowerCase(),
        () => undefined,
      );
      return email;
    },
    setOpenFlow(flowKind: string | undefined) {
      if (!user) return;
      const flows = { ...(user.openFlows ?? {}) };
      if (flowKind) flows[conversationId] = flowKind;
      else delete flows[conversationId];
      const keys = Object.keys(flows);
      for (const stale of keys.slice(0, Math.max(0, keys.length - MAX_OPEN_FLOWS))) delete flows[stale];
      user.openFlows = flows;
    },
  };
}

// Proactive messages through the Bot Connector: into a stored conversation, or 1:1 to a person by Entra id.
import {
  CardFactory,
  MessageFactory,
  TeamsInfo,
  type Activity,
  type CloudAdapter,
  type ConversationParameters,
  type TurnContext,
} from 'botbuilder';
import type { Member, Messenger, SendResult } from '../bot/feature';
import type { Logger } from '../logger';
import type { ConversationAddress, ConversationStore } from '../store/conversations';
import { addressOf, memberOf, referenceOf, toActivity } from './activity';

const BOT_FRAMEWORK_AUDIENCE = 'https://api.botframework.com';

/**
 * Sends on a proactive turn's context as a new message: left alone, the context would address it as a
 * reply to its own made-up continuation id.
 */
async function sendAsNewMessage(ctx: TurnContext, activity: Partial<Activity>): Promise<string | undefined> {
  ctx.onSendActivities(async (_ctx, activities, next) => {
    for (const a of activities) delete a.replyToId;
    return next();
  });
  return (await ctx.sendActivity(activity))?.id;
}

type ConnectorError = {
  statusCode?: number;
  code?: string;
  message?: string;
  response?: { headers?: { get?: (k: string) => string | undefined } };
};

/** A failed call as a value: why (403 codes from Teams kept as they are), the status, and Retry-After. */
export function failureOf(e: unknown): SendResult & { ok: false } {
  const err = e as ConnectorError;
  const reason =
    err.code && err.statusCode
      ? `${err.statusCode} ${err.code}`
      : err.statusCode
        ? String(err.statusCode)
        : (err.message ?? String(e));
  const retryAfter = err.response?.headers?.get?.('retry-after');
  const seconds = retryAfter !== undefined ? Number(retryAfter) : NaN;
  const date = retryAfter !== undefined && Number.isNaN(seconds) ? Date.parse(retryAfter) - Date.now() : NaN;
  const retryAfterMs = Number.isFinite(seconds)
    ? seconds * 1000
    : Number.isFinite(date)
      ? Math.max(0, date)
      : undefined;
  return { ok: false, reason, status: err.statusCode, retryAfterMs };
}

/**
 * A Messenger on an adapter whose connector client does not retry by itself (the sender above it
 * decides about retries and pacing). One call each: no waiting, failures returned as values.
 */
export function createMessenger(deps: {
  adapter: CloudAdapter;
  appId: string | undefined;
  conversations: ConversationStore;
  logger: Logger;
  now: () => Date;
}): Messenger {
  const { adapter, conversations, logger } = deps;
  const appId = deps.appId ?? '';

  async function attempt(
    what: string,
    conversationType: string | undefined,
    call: () => Promise<string | undefined>,
  ): Promise<SendResult> {
    try {
      return { ok: true, messageId: await call() };
    } catch (e) {
      const failure = failureOf(e);
      logger.warn({ reason: failure.reason, conversationType }, `${what} failed`);
      return failure;
    }
  }

  const messenger: Messenger = {
    send(address, message) {
      return attempt('proactive send', address.conversation.conversationType, async () => {
        let messageId: string | undefined;
        await adapter.continueConversationAsync(appId, referenceOf(address), async (ctx) => {
          messageId = await sendAsNewMessage(ctx, toActivity(message));
        });
        return messageId;
      });
    },
    update(address, messageId, card) {
      return attempt('card update', address.conversation.conversationType, async () => {
        await adapter.continueConversationAsync(appId, referenceOf(address), async (ctx) => {
          await ctx.updateActivity({
            ...MessageFactory.attachment(CardFactory.adaptiveCard(card)),
            id: messageId,
          });
        });
        return messageId;
      });
    },
    async member(address, userId) {
      let found: Member | undefined;
      try {
        await adapter.continueConversationAsync(appId, referenceOf(address), async (ctx) => {
          found = memberOf(await TeamsInfo.getMember(ctx, userId));
        });
      } catch {
        return undefined;
      }
      return found;
    },
    async memberByEmail(address, email) {
      let found: { id: string; aadObjectId: string; name: string } | undefined;
      try {
        await adapter.continueConversationAsync(appId, referenceOf(address), async (ctx) => {
          const m = await TeamsInfo.getMember(ctx, email);
          if (m.id && m.aadObjectId)
            found = { id: m.id, aadObjectId: m.aadObjectId.toLowerCase(), name: m.name };
        });
      } catch {
        return undefined;
      }
      return found;
    },
    async sendToUser(user, message, hint) {
      const stored = await conversations.personalChatOf(user.aadObjectId);
      if (stored) return messenger.send(stored.address, message);
      if (!hint) return { ok: false, reason: 'no personal chat with this user yet' };
      const opened = await messenger.openChat(
        { id: user.id ?? user.aadObjectId, aadObjectId: user.aadObjectId, tenantId: user.tenantId },
        hint,
        false,
      );
      return opened.ok ? messenger.send(opened.address, message) : opened;
    },
    async openChat(user, hint, identify = true) {
      const tenantId = user.tenantId ?? hint.conversation.tenantId;
      const parameters: ConversationParameters = {
        isGroup: false,
        bot: { id: hint.bot.id, name: hint.bot.name ?? '' },
        members: [{ id: user.id, name: '' }],
        tenantId,
        channelData: { tenant: { id: tenantId } },
        activity: undefined as unknown as ConversationParameters['activity'],
        topicName: '',
      };
      let opened: { address: ConversationAddress; member?: Member } | undefined;
      const result = await attempt('opening a 1:1 chat', 'personal', async () => {
        await adapter.createConversationAsync(
          appId,
          hint.channelId,
          hint.serviceUrl,
          BOT_FRAMEWORK_AUDIENCE,
          parameters,
          async (ctx) => {
            // The person is a member of their own 1:1 chat, so Teams tells who they are there.
            const member = identify
              ? await TeamsInfo.getMember(ctx, user.id).then(memberOf, () => undefined)
              : undefined;
            const address = addressOf({
              ...ctx.activity,
              from: {
                id: member?.id ?? user.id,
                name: member?.name ?? '',
                aadObjectId: member?.aadObjectId ?? user.aadObjectId,
              },
            });
            opened = {
              address: {
                ...address,
                conversation: { ...address.conversation, conversationType: 'personal', tenantId },
              },
              member,
            };
          },
        );
        return undefined;
      });
      if (!result.ok) return result;
      if (!opened) return { ok: false, reason: 'no conversation opened' };
      const aad = opened.member?.aadObjectId ?? user.aadObjectId?.toLowerCase();
      if (aad) {
        await conversations.save({
          address: opened.address,
          kind: 'personal',
          tenantId,
          userAadObjectId: aad,
          updatedAt: deps.now().toISOString(),
        });
      }
      return { ok: true, ...opened };
    },
  };
  return messenger;
}

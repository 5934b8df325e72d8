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
import type { Messenger, SendResult } from '../bot/feature';
import type { Logger } from '../logger';
import type { ConversationStore } from '../store/conversations';
import { addressOf, referenceOf, toActivity } from './activity';

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
    async memberId(address, aadObjectId) {
      let id: string | undefined;
      try {
        await adapter.continueConversationAsync(appId, referenceOf(address), async (ctx) => {
          id = (await TeamsInfo.getMember(ctx, aadObjectId)).id;
        });
      } catch {
        return undefined;
      }
      return id;
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
      const tenantId = user.tenantId ?? hint.conversation.tenantId;
      const parameters: ConversationParameters = {
        isGroup: false,
        bot: { id: hint.bot.id, name: hint.bot.name ?? '' },
        members: [{ id: user.aadObjectId, name: '' }],
        tenantId,
        channelData: { tenant: { id: tenantId } },
        activity: undefined as unknown as ConversationParameters['activity'],
        topicName: '',
      };
      return attempt('opening a 1:1 chat', 'personal', async () => {
        let messageId: string | undefined;
        await adapter.createConversationAsync(
          appId,
          hint.channelId,
          hint.serviceUrl,
          BOT_FRAMEWORK_AUDIENCE,
          parameters,
          async (ctx) => {
            const address = addressOf({
              ...ctx.activity,
              from: { id: user.aadObjectId, name: '', aadObjectId: user.aadObjectId },
            });
            await conversations.save({
              address: {
                ...address,
                conversation: { ...address.conversation, conversationType: 'personal', tenantId },
              },
              kind: 'personal',
              tenantId,
              userAadObjectId: user.aadObjectId,
              updatedAt: deps.now().toISOString(),
            });
            messageId = await sendAsNewMessage(ctx, toActivity(message));
          },
        );
        return messageId;
      });
    },
  };
  return messenger;
}

// Proactive messages through the Bot Connector: into a stored conversation, or 1:1 to a person by Entra id.
import {
  CardFactory,
  MessageFactory,
  type Activity,
  type CloudAdapter,
  type ConversationParameters,
  type TurnContext,
} from 'botbuilder';
import type { Messenger, Outgoing, SendResult } from '../bot/feature';
import type { Logger } from '../logger';
import type { ConversationAddress, ConversationStore } from '../store/conversations';
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

/** Why a send failed, in a word the status overview can show (403 codes from Teams kept as they are). */
function reasonOf(e: unknown): string {
  const err = e as { statusCode?: number; code?: string; message?: string };
  if (err.code && err.statusCode) return `${err.statusCode} ${err.code}`;
  if (err.statusCode) return String(err.statusCode);
  return err.message ?? String(e);
}

/** A Messenger on the adapter; `hint` gives the service URL and bot of the tenant when no chat is stored yet. */
export function createMessenger(deps: {
  adapter: CloudAdapter;
  appId: string | undefined;
  conversations: ConversationStore;
  logger: Logger;
  now: () => Date;
}): Messenger {
  const { adapter, conversations, logger } = deps;
  const appId = deps.appId ?? '';

  async function send(address: ConversationAddress, message: Outgoing): Promise<SendResult> {
    try {
      let messageId: string | undefined;
      await adapter.continueConversationAsync(appId, referenceOf(address), async (ctx) => {
        messageId = await sendAsNewMessage(ctx, toActivity(message));
      });
      return { ok: true, messageId };
    } catch (e) {
      logger.warn(
        { err: e, conversationType: address.conversation.conversationType },
        'proactive send failed',
      );
      return { ok: false, reason: reasonOf(e) };
    }
  }

  return {
    send,
    async update(address, messageId, card) {
      try {
        await adapter.continueConversationAsync(appId, referenceOf(address), async (ctx) => {
          await ctx.updateActivity({
            ...MessageFactory.attachment(CardFactory.adaptiveCard(card)),
            id: messageId,
          });
        });
        return { ok: true, messageId };
      } catch (e) {
        logger.warn(
          { err: e, conversationType: address.conversation.conversationType },
          'card update failed',
        );
        return { ok: false, reason: reasonOf(e) };
      }
    },
    async sendToUser(user, message, hint) {
      const stored = await conversations.personalChatOf(user.aadObjectId);
      if (stored) return send(stored.address, message);
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
      try {
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
        return { ok: true, messageId };
      } catch (e) {
        logger.warn({ err: e }, 'could not open a 1:1 chat for a proactive message');
        return { ok: false, reason: reasonOf(e) };
      }
    },
  };
}

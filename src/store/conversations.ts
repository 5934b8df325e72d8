// Stored conversation addresses, for proactive messages later: by conversation, and each user's 1:1 chat.
import type { TableClient } from '@azure/data-tables';
import { z } from 'zod';
import { escapeKey } from './keys';
import { ConflictError, CorruptRowError, JsonTable, type Stored } from './json-table';

/** Where a conversation lives: enough to send a message into it later (a Bot Framework conversation reference). */
export const conversationAddressSchema = z.object({
  serviceUrl: z.string().url(),
  channelId: z.string().min(1),
  conversation: z.object({
    id: z.string().min(1),
    conversationType: z.string().optional(),
    tenantId: z.string().optional(),
    isGroup: z.boolean().optional(),
    name: z.string().optional(),
  }),
  bot: z.object({ id: z.string().min(1), name: z.string().optional() }),
  user: z
    .object({ id: z.string().min(1), name: z.string().optional(), aadObjectId: z.string().optional() })
    .optional(),
  locale: z.string().optional(),
});
export type ConversationAddress = z.infer<typeof conversationAddressSchema>;

const conversationRowSchema = z.object({
  address: conversationAddressSchema,
  kind: z.enum(['personal', 'groupChat', 'channel']),
  tenantId: z.string().optional(),
  /** For a personal chat: the user it is with. */
  userAadObjectId: z.string().optional(),
  updatedAt: z.string(),
});
export type ConversationRow = z.infer<typeof conversationRowSchema>;

/**
 * An address as it is kept for later use: who spoke last only for a personal chat (it is that person); group chats
 * and channels keep none.
 */
export function keptAddress(
  address: ConversationAddress,
  kind: ConversationRow['kind'],
): ConversationAddress {
  return kind === 'personal' ? address : { ...address, user: undefined };
}

const personalChatSchema = z.object({ conversationId: z.string().min(1), updatedAt: z.string() });

const CONVERSATION_ROW = 'ref';
const PERSONAL_ROW = 'personal';

/** Conversation addresses by conversation id, and the personal chat of each user by Entra object id. */
export class ConversationStore {
  private readonly conversations: JsonTable<typeof conversationRowSchema>;
  private readonly personal: JsonTable<typeof personalChatSchema>;

  constructor(client: TableClient) {
    this.conversations = new JsonTable(client, conversationRowSchema, (v) => ({ kind: v.kind }));
    this.personal = new JsonTable(client, personalChatSchema);
  }

  /**
   * Saves (or refreshes) the address of a conversation, and for a personal chat the user's index row. An address
   * without a language (some install events) keeps the one stored, also when a save with the language lands
   * between its read and its write (the ETag decides): Teams sends the install events and the first message at
   * nearly the same time.
   */
  async save(row: ConversationRow): Promise<void> {
    const key = escapeKey(`c:${row.address.conversation.id}`);
    if (row.address.locale) await this.conversations.put(key, CONVERSATION_ROW, row);
    else
      await this.conversations
        .update(key, CONVERSATION_ROW, (current) => ({
          ...row,
          address: { ...row.address, locale: current?.address.locale },
        }))
        .catch(async (e: unknown) => {
          // Endless conflicts, or a stored row it cannot read: saving the address matters more than its language.
          if (!(e instanceof ConflictError || e instanceof CorruptRowError)) throw e;
          await this.conversations.put(key, CONVERSATION_ROW, row);
        });
    if (row.kind === 'personal' && row.userAadObjectId) {
      await this.personal.put(escapeKey(`u:${row.userAadObjectId.toLowerCase()}`), PERSONAL_ROW, {
        conversationId: row.address.conversation.id,
        updatedAt: row.updatedAt,
      });
    }
  }

  /** The stored conversation, if the bot has seen it. */
  async get(conversationId: string): Promise<Stored<ConversationRow> | undefined> {
    return this.conversations.get(escapeKey(`c:${conversationId}`), CONVERSATION_ROW);
  }

  /** The personal chat of a user (by Entra object id), if the bot has one with them. */
  async personalChatOf(aadObjectId: string): Promise<ConversationRow | undefined> {
    const index = await this.personal.get(escapeKey(`u:${aadObjectId.toLowerCase()}`), PERSONAL_ROW);
    if (!index) return undefined;
    return (await this.get(index.value.conversationId))?.value;
  }
}

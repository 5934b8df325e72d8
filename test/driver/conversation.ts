// The conversation driver: Teams activities into the real endpoint, what the bot sent back out.
import { cardOf, textOf, type ConnectorCall } from './connector';
import type { TestBot } from './test-bot';

export const TEST_TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const BOT = { id: '28:broedplaats-bot', name: 'Broedplaats-bot' };

/** A Teams user: channel id, Entra object id, display name. */
export interface TestUser {
  id: string;
  aadObjectId: string;
  name: string;
  tenantId?: string;
  locale?: string;
}

let userCounter = 0;
/** A new user with a unique id (GUID-shaped Entra object id). */
export function makeUser(name: string, overrides: Partial<TestUser> = {}): TestUser {
  userCounter++;
  const n = String(userCounter).padStart(12, '0');
  return {
    id: `29:user-${userCounter}-${Math.random().toString(36).slice(2, 8)}`,
    aadObjectId: `00000000-0000-4000-8000-${n}`,
    name,
    ...overrides,
  };
}

/** What one posted activity produced. */
export interface TurnResult {
  status: number;
  /** Body of the HTTP answer (for invokes: the invoke response). */
  body: unknown;
  /** Connector calls made during the turn. */
  calls: ConnectorCall[];
  /** Texts of messages the bot sent. */
  texts: string[];
  /** Adaptive Cards the bot sent (new messages and replies). */
  cards: Record<string, unknown>[];
  /** Cards the bot put in place of earlier messages. */
  updates: { activityId: string | undefined; card: Record<string, unknown> | undefined }[];
}

let activityCounter = 0;

/** One conversation (personal chat, group chat or channel) in which users talk to the bot. */
export class TestConversation {
  constructor(
    readonly bot: TestBot,
    readonly id: string,
    readonly type: 'personal' | 'groupChat' | 'channel',
    readonly tenantId: string = TEST_TENANT,
  ) {}

  /** Builds an activity from `user` in this conversation. */
  activity(user: TestUser, fields: Record<string, unknown>): Record<string, unknown> {
    activityCounter++;
    return {
      id: `act-${activityCounter}-${Math.random().toString(36).slice(2, 8)}`,
      channelId: 'msteams',
      serviceUrl: this.bot.connector.url,
      timestamp: this.bot.clock.now().toISOString(),
      from: { id: user.id, aadObjectId: user.aadObjectId, name: user.name },
      recipient: BOT,
      conversation: {
        id: this.id,
        conversationType: this.type,
        tenantId: user.tenantId ?? this.tenantId,
        isGroup: this.type !== 'personal',
      },
      channelData: { tenant: { id: user.tenantId ?? this.tenantId } },
      locale: user.locale ?? 'nl-NL',
      ...fields,
    };
  }

  /** `user` types `text` (in a group or channel the bot is mentioned first, as Teams requires). */
  async say(user: TestUser, text: string): Promise<TurnResult> {
    if (this.type === 'personal') return this.post(this.activity(user, { type: 'message', text }));
    const mention = `<at>${BOT.name}</at>`;
    return this.post(
      this.activity(user, {
        type: 'message',
        text: `${mention} ${text}`,
        entities: [{ type: 'mention', text: mention, mentioned: BOT }],
      }),
    );
  }

  /** `user` clicks an Action.Execute button with `verb` and `data` on the card message `messageId`. */
  async execute(
    user: TestUser,
    verb: string,
    data: Record<string, unknown>,
    messageId = 'card-msg',
  ): Promise<TurnResult> {
    return this.post(this.executeActivity(user, verb, data, messageId));
  }

  /**
   * The invoke Teams sends when `user` clicks an Action.Execute button with `verb` and `data` on the card message
   * `messageId` (`automatic`: when Teams asks for the card's refresh), to post once or more.
   */
  executeActivity(
    user: TestUser,
    verb: string,
    data: unknown,
    messageId = 'card-msg',
    trigger: 'manual' | 'automatic' = 'manual',
  ): Record<string, unknown> {
    return this.activity(user, {
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: messageId,
      value: { action: { type: 'Action.Execute', verb, data }, trigger },
    });
  }

  /** `user` clicks an Action.Submit button: a message with no text and the card's data as value. */
  async submit(user: TestUser, data: Record<string, unknown>, messageId = 'card-msg'): Promise<TurnResult> {
    return this.post(this.activity(user, { type: 'message', value: data, replyToId: messageId }));
  }

  /** The bot is added to this conversation (install). */
  async install(user: TestUser): Promise<TurnResult> {
    return this.post(
      this.activity(user, { type: 'conversationUpdate', membersAdded: [{ id: BOT.id }, { id: user.id }] }),
    );
  }

  /** Posts any activity JSON to the bot's endpoint. */
  async post(activity: Record<string, unknown>, headers: Record<string, string> = {}): Promise<TurnResult> {
    return postActivity(this.bot, activity, headers);
  }
}

/** fetch's error for a connection the other side closed or reset before it answered. */
function isConnectionReset(e: unknown): boolean {
  const cause = e instanceof Error ? (e.cause as { code?: unknown } | undefined) : undefined;
  return cause?.code === 'ECONNRESET' || cause?.code === 'UND_ERR_SOCKET';
}

/** Posts an activity to the bot and collects the connector calls it made meanwhile and right after. */
export async function postActivity(
  bot: TestBot,
  activity: unknown,
  headers: Record<string, string> = {},
): Promise<TurnResult> {
  const mark = bot.connector.calls.length;
  const send = () =>
    fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof activity === 'string' ? activity : JSON.stringify(activity),
    });
  // A connection dropped before any answer (seen once on a loaded machine) is delivered again, as Teams does, when
  // it is a message or invoke with an id: the bot handles those once.
  const res = await send().catch((e: unknown) => {
    const { id, type } =
      typeof activity === 'object' && activity ? (activity as { id?: unknown; type?: unknown }) : {};
    if (!isConnectionReset(e) || typeof id !== 'string' || (type !== 'message' && type !== 'invoke')) throw e;
    console.warn(`connection reset before the bot answered activity ${id}: delivered again`);
    return send();
  });
  const raw = await res.text();
  // What the turn left running (a shared card's update) lands before the calls are collected.
  await bot.settle();
  let body: unknown = raw;
  try {
    body = raw ? JSON.parse(raw) : undefined;
  } catch {
    /* not JSON */
  }
  bot.connector.check(body, 'invoke response');
  const calls = bot.connector.since(mark);
  const messages = calls.filter((c) => c.kind === 'reply' || c.kind === 'send');
  return {
    status: res.status,
    body,
    calls,
    texts: messages.flatMap((c) => textOf(c) ?? []),
    cards: messages.flatMap((c) => {
      const card = cardOf(c);
      return card ? [card] : [];
    }),
    updates: calls
      .filter((c) => c.kind === 'update')
      .map((c) => ({ activityId: c.activityId, card: cardOf(c) })),
  };
}

/** A personal (1:1) chat of `user` with the bot. */
export function personalChat(bot: TestBot, user: TestUser): TestConversation {
  return new TestConversation(bot, `a:personal-${user.id}`, 'personal', user.tenantId ?? TEST_TENANT);
}

/** A group chat with the bot in it. */
export function groupChat(bot: TestBot, name = 'group'): TestConversation {
  return new TestConversation(
    bot,
    `19:${name}-${Math.random().toString(36).slice(2, 8)}@thread.v2`,
    'groupChat',
  );
}

/** A channel of a team (of `tenantId`) with the bot in it. */
export function channel(bot: TestBot, name = 'general', tenantId = TEST_TENANT): TestConversation {
  return new TestConversation(
    bot,
    `19:${name}-${Math.random().toString(36).slice(2, 8)}@thread.tacv2`,
    'channel',
    tenantId,
  );
}

/** The invoke response's card or message. */
export function invokeResult(result: TurnResult): { card?: Record<string, unknown>; message?: string } {
  const body = result.body as { type?: string; value?: unknown } | undefined;
  if (body?.type === 'application/vnd.microsoft.card.adaptive')
    return { card: body.value as Record<string, unknown> };
  if (body?.type === 'application/vnd.microsoft.activity.message') return { message: String(body.value) };
  return {};
}

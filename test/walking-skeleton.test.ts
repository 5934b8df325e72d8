import { channel, makeUser, personalChat, postActivity } from './driver/conversation';
import { cardText } from './driver/connector';
import { startTestBot, type TestBot } from './driver/test-bot';

describe('the bot answers in Teams', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => bot.stop());

  it('answers "hulp" with a Dutch help card listing the commands', async () => {
    const anna = makeUser('Anna de Vries');
    const result = await personalChat(bot, anna).say(anna, 'hulp');
    expect(result.status).toBe(200);
    expect(result.cards).toHaveLength(1);
    const text = cardText(result.cards[0]);
    expect(text).toContain('Typ een van deze opdrachten');
    expect(text).toContain('hulp');
    expect(result.cards[0]).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
  });

  it('answers "help" from an English client in English', async () => {
    const john = makeUser('John Smith', { locale: 'en-US' });
    const result = await personalChat(bot, john).say(john, 'help');
    const text = cardText(result.cards[0]);
    expect(text).toContain('Type one of these commands');
    expect(text).toContain('help');
    expect(text).not.toContain('opdrachten');
  });

  it('accepts commands in either language whatever the client language ("help" from a Dutch client)', async () => {
    const anna = makeUser('Anna');
    const result = await personalChat(bot, anna).say(anna, 'Help?');
    expect(cardText(result.cards[0])).toContain('Typ een van deze opdrachten');
  });

  it('answers a mention with "hulp" in a channel', async () => {
    const piet = makeUser('Piet');
    const result = await channel(bot).say(piet, 'hulp');
    expect(result.cards).toHaveLength(1);
    expect(result.calls[0]?.kind).toBe('reply');
  });

  it('never stays silent: unknown text gets a short pointer to hulp', async () => {
    const anna = makeUser('Anna');
    const chat = personalChat(bot, anna);
    await chat.say(anna, 'hulp');
    const result = await chat.say(anna, 'wat is het weer morgen?');
    expect(result.texts).toHaveLength(1);
    expect(result.texts[0]).toContain('Dat begrijp ik niet');
    expect(result.texts[0]).toContain('hulp');
  });

  it('refuses an oversized message with a clear answer and keeps running', async () => {
    const anna = makeUser('Anna');
    const chat = personalChat(bot, anna);
    const result = await chat.say(anna, 'x'.repeat(20_000));
    expect(result.texts[0]).toContain('te lang');
    const after = await chat.say(anna, 'hulp');
    expect(after.cards).toHaveLength(1);
  });

  it('answers 400, not 500, to a request that is not an activity', async () => {
    const empty = await postActivity(bot, {});
    expect(empty.status).toBe(400);
    const garbage = await postActivity(bot, 'not json at all');
    expect(garbage.status).toBe(400);
  });

  it('greets a new user once with the full help, and remembers that across a restart', async () => {
    const anna = makeUser('Anna');
    const chat = personalChat(bot, anna);
    const first = await chat.say(anna, 'goedemorgen');
    expect(first.texts[0]).toContain('Welkom bij Broedplaats-bot');
    expect(first.cards).toHaveLength(1);
    await bot.restart();
    const second = await chat.say(anna, 'goedemorgen');
    expect(second.texts.join()).not.toContain('Welkom');
    // A greeting is answered as one ("hallo", "goedemorgen" are no unknown commands).
    expect(second.texts[0]).toContain('Hallo! Waarmee kan ik je helpen?');
  });

  it('welcomes on install and stores the conversation address for later messages', async () => {
    const anna = makeUser('Anna');
    const chat = personalChat(bot, anna);
    const result = await chat.install(anna);
    expect(result.texts[0]).toContain('Welkom');
    const stored = await bot.store.conversations.personalChatOf(anna.aadObjectId);
    expect(stored?.address.conversation.id).toBe(chat.id);
    expect(stored?.address.serviceUrl).toBe(bot.connector.url);
    expect(stored?.kind).toBe('personal');
  });

  it('keeps the client language with the address: a later language is stored, an install without one keeps it', async () => {
    const emma = makeUser('Emma', { locale: 'en-GB' });
    const chat = personalChat(bot, emma);
    await chat.post(
      chat.activity(emma, { type: 'conversationUpdate', membersAdded: [{ id: 'x' }], locale: undefined }),
    );
    await chat.say(emma, 'help');
    expect((await bot.store.conversations.personalChatOf(emma.aadObjectId))?.address.locale).toBe('en-GB');
    await chat.post(
      chat.activity(emma, { type: 'conversationUpdate', membersAdded: [{ id: 'y' }], locale: undefined }),
    );
    await bot.restart();
    await chat.post(
      chat.activity(emma, { type: 'conversationUpdate', membersAdded: [{ id: 'z' }], locale: undefined }),
    );
    expect((await bot.store.conversations.personalChatOf(emma.aadObjectId))?.address.locale).toBe('en-GB');
  });

  it('stores the address of a channel on the first message there', async () => {
    const team = channel(bot);
    await team.say(makeUser('Piet'), 'hulp');
    const stored = await bot.store.conversations.get(team.id);
    expect(stored?.value.kind).toBe('channel');
    expect(stored?.value.address.conversation.id).toBe(team.id);
  });

  it('writes one JSON log line per turn with duration and storage calls, without the message text', async () => {
    const anna = makeUser('Anna');
    const secret = 'mijn-geheime-ontwikkelvraag';
    const before = bot.logs.length;
    await personalChat(bot, anna).say(anna, secret);
    const lines = bot.logs.slice(before);
    const turns = lines.filter((l) => l.msg === 'turn');
    expect(turns).toHaveLength(1);
    const turn = turns[0]!.turn as {
      durationMs: number;
      storage: { reads: number; writes: number };
      route: string;
    };
    expect(turn.durationMs).toBeGreaterThan(0);
    // At least the user's turn state is read; the chat's address, the claim and the greeting are written.
    expect(turn.storage.reads).toBeGreaterThanOrEqual(1);
    expect(turn.storage.writes).toBeGreaterThanOrEqual(1);
    expect(turn.route).toBe('unknown');
    expect(JSON.stringify(lines)).not.toContain(secret);
  });

  it('finishes a turn in progress before it stops', async () => {
    const other = await startTestBot();
    try {
      other.connector.delayMs = 400;
      const anna = makeUser('Anna');
      const received = other.connector.received;
      const pending = personalChat(other, anna).say(anna, 'hulp');
      // The turn is under way once its answer reached the (slow) connector.
      while (other.connector.received === received) await new Promise((r) => setTimeout(r, 5));
      await other.restart();
      const result = await pending;
      expect(result.status).toBe(200);
      expect(result.cards).toHaveLength(1);
    } finally {
      await other.stop();
    }
  });
});

import { makeUser, personalChat, TEST_TENANT } from './driver/conversation';
import { startTestBot, type TestBot } from './driver/test-bot';

describe('authentication', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({
      env: {
        MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
        MicrosoftAppPassword: 'test-secret-not-real',
      },
    });
  });
  afterAll(async () => bot.stop());

  it('refuses a request without a Bot Framework token with 401 and sends nothing', async () => {
    const anna = makeUser('Anna');
    const result = await personalChat(bot, anna).say(anna, 'hulp');
    expect(result.status).toBe(401);
    expect(result.calls).toHaveLength(0);
  });

  it('refuses a request with a malformed token with 401', async () => {
    const anna = makeUser('Anna');
    const chat = personalChat(bot, anna);
    const result = await chat.post(chat.activity(anna, { type: 'message', text: 'hulp' }), {
      authorization: 'Bearer not-a-jwt',
    });
    expect(result.status).toBe(401);
    expect(result.calls).toHaveLength(0);
  });
});

describe('tenant allow-list', () => {
  const otherTenant = '99999999-8888-7777-6666-555555555555';
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({
      env: { ALLOWED_TENANT_IDS: `${TEST_TENANT.toUpperCase()}, 12345678-1234-1234-1234-123456789012` },
    });
  });
  afterAll(async () => bot.stop());

  it('serves users of an allowed tenant', async () => {
    const anna = makeUser('Anna');
    const result = await personalChat(bot, anna).say(anna, 'hulp');
    expect(result.cards).toHaveLength(1);
  });

  it('politely refuses a user of another tenant and stores nothing about them', async () => {
    const eve = makeUser('Eve', { tenantId: otherTenant });
    const chat = personalChat(bot, eve);
    const result = await chat.say(eve, 'hulp');
    expect(result.status).toBe(200);
    expect(result.cards).toHaveLength(0);
    expect(result.texts).toEqual([expect.stringContaining('niet beschikbaar voor jouw organisatie')]);
    expect(await bot.store.conversations.get(chat.id)).toBeUndefined();
    expect(await bot.store.conversations.personalChatOf(eve.aadObjectId)).toBeUndefined();
    const turnStateRows = bot.tables.table('TurnState').listEntities();
    const keys: string[] = [];
    for await (const row of turnStateRows) keys.push(row.partitionKey ?? '');
    expect(keys.some((k) => k.includes(eve.id))).toBe(false);
  });

  it('refuses a card click from another tenant with a message, not a changed card', async () => {
    const eve = makeUser('Eve', { tenantId: otherTenant, locale: 'en-GB' });
    const result = await personalChat(bot, eve).execute(eve, 'anything', {});
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ type: 'application/vnd.microsoft.activity.message' });
    expect(JSON.stringify(result.body)).toContain('not available for your organisation');
  });
});

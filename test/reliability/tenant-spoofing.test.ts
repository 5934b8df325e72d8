// An activity that names two tenants (its conversation's and, in its channel data, another) is judged by neither:
// it is refused like a user of a tenant outside the allow-list, and nothing is stored about its sender.
import { makeUser, personalChat, TEST_TENANT } from '../driver/conversation';
import { startTestBot, type TestBot } from '../driver/test-bot';

const OTHER_TENANT = '99999999-8888-7777-6666-555555555555';

describe('an activity whose tenant ids disagree', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ env: { ALLOWED_TENANT_IDS: TEST_TENANT } });
  });
  afterAll(() => bot.stop());

  it('is refused when the conversation names an allowed tenant and the channel data another', async () => {
    const eve = makeUser('Eve');
    const chat = personalChat(bot, eve);
    const activity = chat.activity(eve, { type: 'message', text: 'intake' });
    const result = await chat.post({ ...activity, channelData: { tenant: { id: OTHER_TENANT } } });
    expect(result.cards).toHaveLength(0);
    expect(result.texts).toEqual([expect.stringContaining('niet beschikbaar voor jouw organisatie')]);
    expect(await bot.store.conversations.get(chat.id)).toBeUndefined();
  });

  it('is served when both name the same tenant, in any letter case', async () => {
    const anna = makeUser('Anna');
    const chat = personalChat(bot, anna);
    const activity = chat.activity(anna, { type: 'message', text: 'hulp' });
    const result = await chat.post({
      ...activity,
      channelData: { tenant: { id: TEST_TENANT.toUpperCase() } },
    });
    expect(result.cards).toHaveLength(1);
  });
});

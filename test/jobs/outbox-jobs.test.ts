import { DELIVERY_JOB } from '../../src/jobs/outbox';
import { makeUser, personalChat } from '../driver/conversation';
import { startTestBot, type TestBot } from '../driver/test-bot';

describe('the outbox reading its delivery jobs back from the jobs table', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => bot.stop());

  it('ends a damaged delivery job as failed without sending anything, delivers a good one beside it, and keeps answering', async () => {
    const anna = makeUser('Anna');
    const chat = personalChat(bot, anna);
    await chat.install(anna);
    const address = (await bot.store.conversations.get(chat.id))!.value.address;
    const now = bot.clock.now().toISOString();
    const job = (id: string, payload: unknown) =>
      bot.store.jobs.put({
        id,
        kind: DELIVERY_JOB,
        dueAt: now,
        payload,
        attempts: 0,
        leaseOwner: '',
        leaseUntil: '',
        createdAt: now,
      });
    await job('deliver|damaged', { target: { kind: 'conversation' }, message: 42, meta: {}, attempts: -1 });
    await job('deliver|good', {
      target: { kind: 'conversation', address },
      message: 'Een bericht dat eerder niet weg kon',
      meta: { purpose: 'test' },
      attempts: 1,
    });
    const mark = bot.connector.calls.length;

    expect(await bot.runJobs()).toBe(2);

    const sent = bot.connector.since(mark).filter((c) => c.kind === 'send' || c.kind === 'reply');
    expect(sent.map((c) => c.body.text)).toEqual(['Een bericht dat eerder niet weg kon']);
    expect(await bot.store.jobs.finished('deliver|damaged')).toMatchObject({
      outcome: 'failed',
      error: 'unreadable delivery job',
    });
    expect(await bot.store.jobs.finished('deliver|good')).toMatchObject({ outcome: 'done' });
    expect((await chat.say(anna, 'hulp')).cards).toHaveLength(1);
  });
});

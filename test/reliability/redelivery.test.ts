import { cardText, executeActions } from '../driver/connector';
import { channel, makeUser, personalChat, postActivity, type TestUser } from '../driver/conversation';
import { givenBroedplaats } from '../driver/factories';
import { startTestBot, type TestBot } from '../driver/test-bot';

/** Clock: 2 March 2027. */
const NOW = '2027-03-02T09:00:00Z';

describe('redelivered activities are handled once', () => {
  let bot: TestBot;
  let anna: TestUser;

  beforeEach(async () => {
    bot = await startTestBot();
    bot.clock.set(NOW);
    anna = makeUser('Anna Aanvrager');
  });
  afterEach(() => bot.stop());

  it('answers a message delivered twice (one after the other, and at the same time) only once', async () => {
    const chat = personalChat(bot, anna);
    await chat.say(anna, 'intake');
    const answer = chat.activity(anna, { type: 'message', text: 'Netwerk Noord' });
    const first = await chat.post(answer);
    expect(first.texts.join(' ') + first.cards.map(cardText).join(' ')).toContain('Vraag 2 van 11');
    const again = await chat.post(answer);
    expect(again.status).toBe(200);
    expect(again.calls.filter((c) => c.kind === 'send' || c.kind === 'reply')).toHaveLength(0);

    const next = chat.activity(anna, { type: 'message', text: '1' });
    const mark = bot.connector.calls.length;
    const both = await Promise.all([chat.post(next), chat.post(next)]);
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    const replies = bot.connector.since(mark).filter((c) => c.kind === 'send' || c.kind === 'reply');
    expect(replies).toHaveLength(1);
    const draft = await bot.store.intakes.get({ conversationId: chat.id, userKey: anna.aadObjectId });
    expect(draft?.value.answers).toMatchObject({ networkName: 'Netwerk Noord', networkKind: 'informeel' });
    expect(draft?.value.position).toBe('schoolCount');
    expect(draft?.value.history).toEqual(['network', 'networkKind']);
  });

  it('runs a retried card action once and gives the retry the same answer', async () => {
    const team = channel(bot, 'netwerk');
    await team.say(anna, 'hulp');
    const b = await givenBroedplaats(bot, anna, team);
    const form = await team.say(anna, 'plan');
    const submit = executeActions(form.cards[0]).find((a) => a.data.verb === 'plan.create')!.data;
    await team.execute(anna, 'plan.create', {
      ...submit,
      purpose: 'Verkennen',
      date1: '2027-03-16',
      start1: '14:00',
      end1: '16:00',
      date2: '2027-03-17',
      start2: '14:00',
      end2: '16:00',
    });
    const meeting = (await bot.store.meetings.listFor(b.id))[0]!;
    const vote = team.activity(anna, {
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: meeting.poll.messageId,
      value: {
        action: {
          type: 'Action.Execute',
          verb: 'poll.vote',
          data: {
            verb: 'poll.vote',
            broedplaatsId: b.id,
            meetingId: meeting.id,
            slotId: 's1',
            answer: 'yes',
          },
        },
        trigger: 'manual',
      },
    });
    const first = await team.post(vote);
    const retry = await team.post(vote);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(retry.calls).toHaveLength(0);
    expect(await bot.store.meetings.votesOf(meeting.id)).toHaveLength(1);

    // At the same time, to two instances on one storage: one runs it, the other says it was handled.
    const other = await startTestBot({
      tablePrefix: bot.config.tablePrefix,
      connector: bot.connector,
      clock: bot.clock,
    });
    try {
      const change = { ...vote, id: `${String(vote.id)}-2` };
      const changed: Record<string, unknown> = structuredClone(change);
      (changed.value as { action: { data: Record<string, string> } }).action.data.answer = 'maybe';
      const mark = bot.connector.calls.length;
      const results = await Promise.all([postActivity(bot, changed), postActivity(other, changed)]);
      expect(results.map((r) => r.status)).toEqual([200, 200]);
      const bodies = results.map((r) => JSON.stringify(r.body));
      expect(bodies.some((t) => t.includes('Dit had ik al verwerkt'))).toBe(true);
      const updates = bot.connector.since(mark).filter((c) => c.kind === 'update');
      expect(updates.length).toBeLessThanOrEqual(1);
      expect(await bot.store.meetings.votesOf(meeting.id)).toMatchObject([{ slotId: 's1', answer: 'maybe' }]);
    } finally {
      await other.stop();
    }
  });
});

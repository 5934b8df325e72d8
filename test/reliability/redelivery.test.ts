import { cardText, executeActions } from '../driver/connector';
import { channel, makeUser, personalChat, postActivity, type TestUser } from '../driver/conversation';
import { givenBroedplaats } from '../driver/factories';
import { lastTurnStorage, startOtherInstance, startTestBot, type TestBot } from '../driver/test-bot';
import { TABLE_NAMES } from '../../src/store';

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
    expect(first.texts.join(' ') + first.cards.map(cardText).join(' ')).toContain('Vraag 2 van 12');
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

  it('an intake answer delivered to two instances at the same time is applied once, its draft carrying the claim', async () => {
    const chat = personalChat(bot, anna);
    await chat.say(anna, 'intake');
    const other = await startOtherInstance(bot);
    try {
      const answer = chat.activity(anna, { type: 'message', text: 'Netwerk Noord' });
      const mark = bot.connector.calls.length;
      const results = await Promise.all([postActivity(bot, answer), postActivity(other, answer)]);
      expect(results.map((r) => r.status)).toEqual([200, 200]);
      const replies = bot.connector.since(mark).filter((c) => c.kind === 'send' || c.kind === 'reply');
      expect(replies).toHaveLength(1);
      expect(JSON.stringify(replies[0]!.body)).toContain('Vraag 2 van 12');
      const draft = await bot.store.intakes.get({ conversationId: chat.id, userKey: anna.aadObjectId });
      expect(draft?.value.position).toBe('networkKind');
      expect(draft?.value.history).toEqual(['network']);

      // Later again, to either instance: nothing happens.
      for (const instance of [bot, other]) {
        const again = await postActivity(instance, answer);
        expect(again.status).toBe(200);
        expect(again.calls).toHaveLength(0);
      }
      expect(
        (await bot.store.intakes.get({ conversationId: chat.id, userKey: anna.aadObjectId }))?.etag,
      ).toBe(draft?.etag);
    } finally {
      await other.stop();
    }
  });

  it('an intake step writes one row (its draft, which carries the claim); a wrong answer writes only the claim', async () => {
    const chat = personalChat(bot, anna);
    await chat.say(anna, 'intake');
    await chat.say(anna, 'Netwerk Noord');
    const kind = chat.activity(anna, { type: 'message', text: '1' });
    await chat.post(kind);
    // The user's turn state and the draft are read (the bot keeps no conversation state, so that row is not read);
    // only the draft is written.
    expect(lastTurnStorage(bot)).toEqual({ reads: 2, writes: 1, queries: 0 });
    const wrong = chat.activity(anna, { type: 'message', text: 'heel veel' });
    const first = await chat.post(wrong);
    expect(first.texts.join(' ')).toMatch(/aantal|getal/i);
    expect(lastTurnStorage(bot)).toEqual({ reads: 2, writes: 1, queries: 0 });
    // Both redelivered: no answer, no change.
    const draft = await bot.store.intakes.get({ conversationId: chat.id, userKey: anna.aadObjectId });
    for (const activity of [kind, wrong]) {
      const again = await chat.post(activity);
      expect(again.calls).toHaveLength(0);
    }
    const after = await bot.store.intakes.get({ conversationId: chat.id, userKey: anna.aadObjectId });
    expect(after?.etag).toBe(draft?.etag);
    expect(after?.value.position).toBe('schoolCount');
  });

  it('an intake answer claimed apart on one instance is still known as handled to another that reads ahead', async () => {
    const chat = personalChat(bot, anna);
    await chat.say(anna, 'intake');
    // This instance saw Anna open her intake, so it reads her draft ahead; the other one has not seen her.
    const other = await startOtherInstance(bot);
    try {
      const answer = chat.activity(anna, { type: 'message', text: 'Netwerk Noord' });
      const first = await postActivity(other, answer);
      expect(first.texts.join(' ') + first.cards.map(cardText).join(' ')).toContain('Vraag 2 van 12');
      const again = await postActivity(bot, answer);
      expect(again.status).toBe(200);
      expect(again.calls).toHaveLength(0);
      const draft = await bot.store.intakes.get({ conversationId: chat.id, userKey: anna.aadObjectId });
      expect(draft?.value.history).toEqual(['network']);
      expect(draft?.value.position).toBe('networkKind');
    } finally {
      await other.stop();
    }
  });

  it('a redelivered "stop", which closes the intake, is not answered again', async () => {
    const chat = personalChat(bot, anna);
    await chat.say(anna, 'intake');
    const stop = chat.activity(anna, { type: 'message', text: 'stop' });
    const paused = await chat.post(stop);
    expect(paused.texts.join(' ')).toContain('Gepauzeerd');
    const again = await chat.post(stop);
    expect(again.calls).toHaveLength(0);
    const draft = await bot.store.intakes.get({ conversationId: chat.id, userKey: anna.aadObjectId });
    expect(draft?.value.paused).toBe(true);
  });

  it('an answer redelivered after the intake closed (no longer reaching it) is not answered again', async () => {
    const chat = personalChat(bot, anna);
    await chat.say(anna, 'intake');
    const answer = chat.activity(anna, { type: 'message', text: 'Netwerk Noord' });
    const first = await chat.post(answer);
    expect(first.texts.join(' ') + first.cards.map(cardText).join(' ')).toContain('Vraag 2 van 12');
    await chat.say(anna, 'stop');
    const late = await chat.post(answer);
    expect(late.status).toBe(200);
    expect(late.calls).toHaveLength(0);
    const draft = await bot.store.intakes.get({ conversationId: chat.id, userKey: anna.aadObjectId });
    expect(draft?.value.answers.networkName).toBe('Netwerk Noord');
    expect(draft?.value.paused).toBe(true);
  });

  /** A poll planned in a team channel by Anna, and a vote of hers on its first slot as Teams would send it. */
  async function givenPoll() {
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
    /** A button of the poll card pressed (or its refresh asked for) by Anna, as Teams sends it. */
    const press = (verb: string, fields: Record<string, string> = {}) =>
      team.executeActivity(
        anna,
        verb,
        { verb, broedplaatsId: b.id, meetingId: meeting.id, ...fields },
        meeting.poll.messageId,
        verb === 'poll.refresh' ? 'automatic' : 'manual',
      );
    const voteOn = (answer: string) => press('poll.vote', { slotId: 's1', answer });
    return { team, meeting, voteOn, press };
  }

  it('runs a retried card action once and gives the retry the same answer', async () => {
    const { team, meeting, voteOn } = await givenPoll();
    const vote = voteOn('yes');
    const first = await team.post(vote);
    const retry = await team.post(vote);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(retry.calls).toHaveLength(0);
    expect(await bot.store.meetings.votesOf(meeting.id)).toHaveLength(1);

    // At the same time, to two instances on one storage: one runs it, the other says it was handled.
    const other = await startOtherInstance(bot);
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

  it('a vote writes one row (its own, which carries the claim); redelivered after a later vote, it undoes nothing', async () => {
    const { team, meeting, voteOn } = await givenPoll();
    const yes = voteOn('yes');
    const first = await team.post(yes);
    expect(JSON.stringify(first.body)).toContain('Jouw keuze: Ja');
    // The vote's row is the turn's one write: no claim row of its own. (Its reads vary: the shared card's update,
    // which follows the answer, may start its reads before the turn's log line is written.)
    expect(lastTurnStorage(bot).writes).toBe(1);
    // Nor is the user's turn state read: a vote uses nothing of it (a message does: the count works).
    const messageReads = countRequests(bot, TABLE_NAMES.turnState);
    await team.say(anna, 'hulp');
    expect(messageReads.stop()).toBeGreaterThan(0);
    const stateReads = countRequests(bot, TABLE_NAMES.turnState);
    await team.post(voteOn('no'));
    expect(stateReads.stop()).toBe(0);
    expect(await bot.store.meetings.votesOf(meeting.id)).toMatchObject([{ slotId: 's1', answer: 'no' }]);

    // The first vote again, to another instance (which has no answer of it to repeat): handled before, no change.
    const other = await startOtherInstance(bot);
    try {
      const mark = bot.connector.calls.length;
      const again = await postActivity(other, yes);
      expect(again.status).toBe(200);
      expect(JSON.stringify(again.body)).toContain('Dit had ik al verwerkt');
      await other.settle();
      expect(bot.connector.since(mark)).toHaveLength(0);
      expect(await bot.store.meetings.votesOf(meeting.id)).toMatchObject([{ slotId: 's1', answer: 'no' }]);
    } finally {
      await other.stop();
    }
  });

  it('two clicks of one person on a slot that arrive out of order: the later click stands, on the card and stored', async () => {
    const { team, meeting, voteOn } = await givenPoll();
    const at = (activity: Record<string, unknown>, seconds: number) => ({
      ...activity,
      timestamp: new Date(Date.parse(NOW) + seconds * 1000).toISOString(),
    });
    // "Nee" a second after "ja"; "ja" reaches the bot last. (The bot's clock is past both: a click is never counted
    // as later than the bot's now.)
    bot.clock.set(new Date(Date.parse(NOW) + 60_000).toISOString());
    expect(JSON.stringify((await team.post(at(voteOn('no'), 1))).body)).toContain('Jouw keuze: Nee');
    await bot.settle();
    const mark = bot.connector.calls.length;
    const late = await team.post(at(voteOn('yes'), 0));
    expect(JSON.stringify(late.body)).toContain('Jouw keuze: Nee');
    await bot.settle();
    expect(bot.connector.since(mark).filter((c) => c.kind === 'update')).toHaveLength(0);
    expect(await bot.store.meetings.votesOf(meeting.id)).toMatchObject([{ slotId: 's1', answer: 'no' }]);

    // Two clicks a second apart, delivered at the same time to two instances: the later click is what stays. (Which
    // one is stored first varies; test/store/claims.test.ts pins the earlier one losing the race.)
    const other = await startOtherInstance(bot);
    try {
      const results = await Promise.all([
        postActivity(bot, at(voteOn('yes'), 2)),
        postActivity(other, at(voteOn('maybe'), 3)),
      ]);
      expect(results.map((r) => r.status)).toEqual([200, 200]);
      expect(JSON.stringify(results[1]?.body)).toContain('Jouw keuze: Misschien');
      await other.settle();
      expect(await bot.store.meetings.votesOf(meeting.id)).toMatchObject([{ slotId: 's1', answer: 'maybe' }]);
    } finally {
      await other.stop();
    }
  });

  it('a card refresh writes nothing and reads no turn state; redelivered to another instance, it is answered again', async () => {
    const { team, voteOn, press } = await givenPoll();
    await team.post(voteOn('maybe'));
    const refresh = press('poll.refresh');
    const stateReads = countRequests(bot, TABLE_NAMES.turnState);
    const first = await team.post(refresh);
    expect(stateReads.stop()).toBe(0);
    expect(JSON.stringify(first.body)).toContain('Jouw keuze: Misschien');
    // No claim, no state: a refresh changes nothing, so a redelivery may simply be answered again. (The chat's
    // address is known from earlier turns; a first turn in a chat stores it, refresh or not.)
    expect(lastTurnStorage(bot).writes).toBe(0);
    const other = await startOtherInstance(bot);
    try {
      const again = await postActivity(other, refresh);
      expect(again.status).toBe(200);
      expect(again.body).toEqual(first.body);
    } finally {
      await other.stop();
    }
  });

  it('card actions that read no turn state leave an open intake as it was: the next answer continues it', async () => {
    const { team, voteOn, press } = await givenPoll();
    // Anna opens an intake in her personal chat and names the network; then she votes in the channel.
    const chat = personalChat(bot, anna);
    await chat.say(anna, 'intake');
    await chat.say(anna, 'Netwerk Oost');
    await team.post(voteOn('yes'));
    await team.post(press('poll.refresh'));
    await bot.settle();
    // Her intake still knows where it was: the next answer is taken as the kind of network.
    const next = await chat.say(anna, '1');
    expect(next.texts.join(' ')).not.toMatch(/begrijp ik niet/i);
    const draft = await bot.store.intakes.get({ conversationId: chat.id, userKey: anna.aadObjectId });
    expect(draft?.value.position).toBe('schoolCount');
  });
});

/** Counts the requests this bot instance sends to one of its tables (its own clients' pipeline) until stopped. */
function countRequests(bot: TestBot, table: string): { stop(): number } {
  const name = `count-${table}-${Math.random()}`;
  let count = 0;
  const pipeline = bot.tables.table(table).pipeline;
  pipeline.addPolicy({
    name,
    sendRequest: (request, next) => {
      count++;
      return next(request);
    },
  });
  return {
    stop() {
      pipeline.removePolicy({ name });
      return count;
    },
  };
}

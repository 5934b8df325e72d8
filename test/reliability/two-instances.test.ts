import { cardText, cardOf } from '../driver/connector';
import { channel, makeUser, personalChat, postActivity, type TestUser } from '../driver/conversation';
import { givenBroedplaats, givenScheduledThroughCards } from '../driver/factories';
import { startOtherInstance, startTestBot, type TestBot } from '../driver/test-bot';

/** Clock: 2 March 2027. */
const NOW = '2027-03-02T09:00:00Z';

describe('two bot instances on one storage, under concurrent load', () => {
  let a: TestBot;
  let b: TestBot;

  beforeEach(async () => {
    a = await startTestBot({ env: { REFLECTION_DELAY_MINUTES: '0' } });
    a.clock.set(NOW);
    b = await startOtherInstance(a, { env: { REFLECTION_DELAY_MINUTES: '0' } });
  });
  afterEach(async () => {
    await b.stop();
    await a.stop();
  });

  it('keeps every vote given at once through both instances, and the shared poll card ends with the full count', async () => {
    const team = channel(a, 'netwerk');
    const contact = makeUser('Carla Contact');
    await team.say(contact, 'hulp');
    const bp = await givenBroedplaats(a, contact, team);
    const form = await team.say(contact, 'plan');
    const submit = form.cards[0] && JSON.stringify(form.cards[0]).includes('plan.create');
    expect(submit).toBe(true);
    await team.execute(contact, 'plan.create', {
      broedplaatsId: bp.id,
      purpose: 'Verkennen',
      date1: '2027-03-16',
      start1: '14:00',
      end1: '16:00',
      date2: '2027-03-17',
      start2: '14:00',
      end2: '16:00',
    });
    const meeting = (await a.store.meetings.listFor(bp.id))[0]!;
    const voters: TestUser[] = Array.from({ length: 40 }, (_, i) => makeUser(`Stemmer ${i + 1}`));
    const results = await Promise.all(
      voters.map((v, i) =>
        postActivity(
          i % 2 ? b : a,
          team.executeActivity(
            v,
            'poll.vote',
            { broedplaatsId: bp.id, meetingId: meeting.id, slotId: 's1', answer: 'yes' },
            meeting.poll.messageId,
          ),
        ),
      ),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(await a.store.meetings.votesOf(meeting.id)).toHaveLength(40);
    // Cards updated by either instance settle on the full count.
    await a.runJobs();
    await b.runJobs();
    const updates = a.connector.calls.filter(
      (c) => c.kind === 'update' && c.activityId === meeting.poll.messageId,
    );
    expect(cardText(cardOf(updates[updates.length - 1]!))).toContain('Ja 40');
  });

  it('prompts every participant to reflect exactly once when both instances run the due jobs at the same moment', async () => {
    const team = channel(a, 'netwerk');
    const contacts = Array.from({ length: 6 }, (_, i) => makeUser(`Contact ${i + 1}`));
    for (const c of contacts) await personalChat(a, c).install(c);
    for (const c of contacts) {
      const bp = await givenBroedplaats(a, c, team);
      await givenScheduledThroughCards(a, team, c, bp, { date: '2027-03-03', start: '14:00', end: '16:00' });
    }
    a.clock.set('2027-03-03T15:30:00Z');
    const mark = a.connector.calls.length;
    await Promise.all([a.runJobs(), b.runJobs(), a.runJobs(), b.runJobs()]);
    const prompts = a.connector
      .since(mark)
      .filter((c) => c.kind === 'send' && cardText(cardOf(c)).includes('Reflectie'));
    expect(prompts).toHaveLength(6);
    expect(new Set(prompts.map((p) => p.conversationId))).toEqual(
      new Set(contacts.map((c) => personalChat(a, c).id)),
    );
  });
});

// Cards the bot keeps tell the state of now: the contact's tally names the moment once the poll is closed, an
// invitee's card says who else comes once someone accepts, and the status detail calls a past meeting held.
import { cardOf, cardText } from '../driver/connector';
import { channel, makeUser, personalChat } from '../driver/conversation';
import { givenBroedplaats, givenInvitation, givenMeeting, givenPoll } from '../driver/factories';
import { startTestBot, type TestBot } from '../driver/test-bot';

describe('cards that tell the state of now', () => {
  let bot: TestBot;
  afterEach(() => bot.stop());

  async function setUp(polling: boolean) {
    const lead = makeUser('Lotte Projectleider');
    bot = await startTestBot({ env: { PROJECT_LEAD_IDS: lead.aadObjectId } });
    bot.clock.set('2027-03-02T09:00:00Z');
    const contact = makeUser('Carla Contact');
    const team = channel(bot, 'netwerk');
    await team.say(contact, 'hulp');
    const dm = personalChat(bot, contact);
    await dm.install(contact);
    const b = await givenBroedplaats(bot, contact, team);
    const rsvpCard = { conversationId: dm.id, messageId: 'tally-msg' };
    const slots = [
      { id: 's1', start: '2027-03-16T13:00:00Z', end: '2027-03-16T15:00:00Z' },
      { id: 's2', start: '2027-03-17T13:00:00Z', end: '2027-03-17T15:00:00Z' },
    ];
    const m = polling
      ? await givenPoll(bot, b, slots, { rsvpCard })
      : await givenMeeting(bot, b, { start: slots[0]!.start, end: slots[0]!.end }, { slots, rsvpCard });

    return { lead, contact, team, dm, b, m };
  }

  it('updates the contact’s tally with the moment when the poll is closed', async () => {
    const { contact, team, m } = await setUp(true);
    await givenInvitation(bot, m, { name: 'Rob Researcher', email: 'rob@uu.example' });
    const closed = await team.execute(
      contact,
      'poll.close',
      { broedplaatsId: m.broedplaatsId, meetingId: m.id, slotId: 's1' },
      'poll-msg',
    );
    await bot.settle();
    const tally = bot.connector.calls.filter((c) => c.kind === 'update' && c.activityId === 'tally-msg');
    expect(closed.status).toBe(200);
    expect(tally.length).toBeGreaterThan(0);
    const text = cardText(cardOf(tally.at(-1)!));
    expect(text).toContain('di 16 mrt 2027');
    expect(text).not.toContain('datum wordt nog gekozen');
  });

  it('updates an invitee’s card when someone else accepts', async () => {
    const { m } = await setUp(false);
    const ann = makeUser('Anneke Inspecteur');
    const olaf = makeUser('Olaf OCW');
    for (const u of [ann, olaf]) await personalChat(bot, u).install(u);
    const invAnn = await givenInvitation(bot, m, { name: ann.name, aadObjectId: ann.aadObjectId });
    const invOlaf = await givenInvitation(bot, m, { name: olaf.name, aadObjectId: olaf.aadObjectId });
    for (const [inv, u] of [
      [invAnn, ann],
      [invOlaf, olaf],
    ] as const)
      await bot.store.invitations.update(m.id, inv.id, (i) => ({
        ...i,
        delivery: { via: '1:1', conversationId: personalChat(bot, u).id, messageId: `card-${u.name}` },
      }));
    const mark = bot.connector.calls.length;
    await personalChat(bot, olaf).execute(
      olaf,
      'rsvp.answer',
      { broedplaatsId: m.broedplaatsId, meetingId: m.id, invitationId: invOlaf.id, answer: 'accepted' },
      `card-${olaf.name}`,
    );
    await bot.settle();
    const annCard = bot.connector
      .since(mark)
      .filter((c) => c.kind === 'update' && c.activityId === `card-${ann.name}`);
    expect(annCard).toHaveLength(1);
    const text = cardText(cardOf(annCard[0]!));
    expect(text).toContain('Olaf OCW');
    expect(text).not.toContain('Nog niemand anders');
  });

  it('calls a meeting whose end has passed held in the status detail, not planned', async () => {
    const { lead, b } = await setUp(false);
    bot.clock.set('2027-03-30T09:00:00Z');
    const detail = await personalChat(bot, lead).say(lead, `status ${b.network.name}`);
    const text = detail.cards.map(cardText).join('\n');
    expect(text).toMatch(/1: di 16 mrt 2027[^\n]*gehouden/);
    expect(text).not.toMatch(/1: di 16 mrt 2027[^\n]*gepland/);
  });
});

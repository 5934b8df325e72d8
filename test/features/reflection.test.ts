import type { Broedplaats } from '../../src/domain/broedplaats';
import type { Meeting } from '../../src/domain/meeting';
import { summarize, type Reflection } from '../../src/domain/reflection';
import { cardOf, cardText, executeActions, type ConnectorCall } from '../driver/connector';
import {
  channel,
  invokeResult,
  makeUser,
  personalChat,
  type TestConversation,
  type TestUser,
} from '../driver/conversation';
import { givenBroedplaats, givenScheduledThroughCards } from '../driver/factories';
import { startTestBot, type TestBot } from '../driver/test-bot';

/** Clock: 2 March 2027; the meeting is on 16 March 2027, 14:00–16:00 Dutch time (13:00–15:00 UTC). */
const NOW = '2027-03-02T09:00:00Z';

const fullAnswers = {
  usefulness: '4',
  perspectives: 'Dat de inspectie meer ruimte ziet dan wij dachten.',
  newContacts: 'some',
  systemValue: '5',
  researchValue: 'na',
  followUps: 'OCW stuurt de notitie over examenruimte; wij plannen een tweede sessie.',
  followUpWish: 'yes',
  remarks: '',
  showName: 'true',
};

function sends(calls: ConnectorCall[], conversationId: string) {
  return calls.filter((c) => c.conversationId === conversationId && c.kind === 'send');
}

describe('reflection after each meeting', () => {
  let bot: TestBot;
  let team: TestConversation;
  let contact: TestUser;
  let accepter: TestUser;
  let decliner: TestUser;
  let silent: TestUser;
  let b: Broedplaats;
  let meeting: Meeting;
  let messageId: string;

  async function answerInvitation(user: TestUser, title: string) {
    const card = cardOf(
      bot.connector.calls
        .filter((c) => c.conversationId === personalChat(bot, user).id && c.kind === 'send')
        .pop()!,
    );
    const data = executeActions(card).find((a) => a.title === title)!.data;
    await personalChat(bot, user).execute(user, 'rsvp.answer', data);
  }

  beforeEach(async () => {
    bot = await startTestBot();
    bot.clock.set(NOW);
    team = channel(bot, 'netwerk');
    contact = makeUser('Carla Contact');
    accepter = makeUser('Anna Accepteert');
    decliner = makeUser('Dirk Kan Niet');
    silent = makeUser('Stijn Stil');
    for (const u of [contact, accepter, decliner, silent]) await personalChat(bot, u).install(u);
    await team.say(contact, 'hulp');
    b = await givenBroedplaats(bot, contact, team);
    ({ meeting, messageId } = await givenScheduledThroughCards(bot, team, contact, b, {
      date: '2027-03-16',
      start: '14:00',
      end: '16:00',
    }));
    const dm = personalChat(bot, contact);
    const form = await dm.say(contact, 'uitnodigen');
    const submit = executeActions(form.cards[0]).find((a) => a.data.verb === 'invite.create')!.data;
    await dm.execute(contact, 'invite.create', {
      ...submit,
      people: [accepter, decliner, silent].map((u) => u.aadObjectId).join(','),
      peopleCategory: 'ocw',
    });
    await answerInvitation(accepter, 'Ik kom');
    await answerInvitation(decliner, 'Ik kan niet');
  });
  afterEach(async () => bot.stop());

  async function promptCard(user: TestUser) {
    const call = bot.connector.calls
      .filter(
        (c) =>
          c.conversationId === personalChat(bot, user).id &&
          c.kind === 'send' &&
          cardText(cardOf(c)).includes('Reflectie:'),
      )
      .pop();
    return call ? cardOf(call) : undefined;
  }

  async function submit(user: TestUser, values: Record<string, string>) {
    const card = await promptCard(user);
    const data = executeActions(card).find((a) => a.data.verb === 'reflection.submit')!.data;
    return personalChat(bot, user).execute(user, 'reflection.submit', { ...data, ...values });
  }

  it('asks the contacts and those who accepted, 1:1, once, an hour after the meeting ends', async () => {
    bot.clock.set('2027-03-16T15:59:00Z');
    let mark = bot.connector.calls.length;
    await bot.runJobs();
    expect(bot.connector.since(mark).filter((c) => cardText(cardOf(c)).includes('Reflectie:'))).toHaveLength(
      0,
    );

    bot.clock.set('2027-03-16T16:00:01Z');
    mark = bot.connector.calls.length;
    await bot.runJobs();
    const calls = bot.connector.since(mark);
    const asked = [contact, accepter].map((u) => sends(calls, personalChat(bot, u).id));
    expect(asked.map((x) => x.length)).toEqual([1, 1]);
    expect(cardText(cardOf(asked[1]![0]!))).toContain(`Reflectie: bijeenkomst 1 van ${b.network.name}`);
    expect(cardText(cardOf(asked[1]![0]!))).toContain('Hoe nuttig was de bijeenkomst voor jou?');
    for (const u of [decliner, silent]) expect(sends(calls, personalChat(bot, u).id)).toHaveLength(0);
    expect(
      (await bot.store.reflections.promptsFor(meeting.id)).map((p) => p.participant.role).sort(),
    ).toEqual(['contact', 'invitee']);

    mark = bot.connector.calls.length;
    await bot.runJobs();
    expect(bot.connector.since(mark)).toHaveLength(0);
  });

  it('asks a contact given the role with `rol` too, 1:1, once', async () => {
    const extra = makeUser('Erik Extra Contact');
    await personalChat(bot, extra).install(extra);
    await bot.store.roles.grant(
      {
        role: 'contact',
        broedplaatsId: b.id,
        aadObjectId: extra.aadObjectId,
        name: extra.name,
        grantedBy: { aadObjectId: contact.aadObjectId, name: contact.name },
        grantedAt: NOW,
      },
      'grant-extra',
    );
    bot.clock.set('2027-03-16T16:00:01Z');
    const mark = bot.connector.calls.length;
    await bot.runJobs();
    expect(sends(bot.connector.since(mark), personalChat(bot, extra).id)).toHaveLength(1);
    expect(
      (await bot.store.reflections.promptsFor(meeting.id))
        .map((p) => [p.participant.name, p.participant.role])
        .sort(),
    ).toEqual([
      ['Anna Accepteert', 'invitee'],
      ['Carla Contact', 'contact'],
      ['Erik Extra Contact', 'contact'],
    ]);
  });

  it('asks a delegate too, 1:1, when Teams knows them by their e-mail address', async () => {
    const delegate = makeUser('Dana Delegee');
    bot.connector.members.set('dana@ocw.example', {
      email: 'dana@ocw.example',
      name: delegate.name,
      aadObjectId: delegate.aadObjectId,
      id: delegate.id,
    });
    const card = cardOf(sends(bot.connector.calls, personalChat(bot, silent).id).pop()!);
    const data = executeActions(card).find((a) => a.title === 'Ik kom')!.data;
    await personalChat(bot, silent).execute(silent, 'rsvp.answer', {
      ...data,
      answer: 'delegated',
      delegateName: 'Dana Delegee',
      delegateEmail: 'dana@ocw.example',
    });
    bot.clock.set('2027-03-16T16:00:01Z');
    const mark = bot.connector.calls.length;
    await bot.runJobs();
    const created = bot.connector.since(mark).filter((c) => c.kind === 'createConversation');
    expect(created.map((c) => c.body)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ members: [expect.objectContaining({ id: delegate.aadObjectId })] }),
      ]),
    );
    const prompts = await bot.store.reflections.promptsFor(meeting.id);
    expect(prompts.map((p) => p.participant.name).sort()).toEqual(
      ['Anna Accepteert', 'Carla Contact', 'Dana Delegee'].sort(),
    );
    expect(prompts.find((p) => p.participant.name === 'Dana Delegee')?.participant.aadObjectId).toBe(
      delegate.aadObjectId,
    );
  });

  it('takes an answer, names what is missing, and lets the participant change it; one row each', async () => {
    bot.clock.set('2027-03-16T16:00:01Z');
    await bot.runJobs();
    const incomplete = await submit(accepter, { usefulness: '3', perspectives: 'x' });
    const incompleteText = cardText(invokeResult(incomplete).card);
    expect(incompleteText).toContain(
      'Vul nog in: nieuwe contacten, verbinding met stelselpartijen, inbreng van onderzoek, wens voor vervolg.',
    );
    expect(await bot.store.reflections.listFor(meeting.id)).toEqual([]);

    const saved = await submit(accepter, fullAnswers);
    expect(cardText(invokeResult(saved).card)).toContain(
      'Dank je wel! Je reflectie is opgeslagen; je kunt hem wijzigen tot',
    );
    const changed = await submit(accepter, {
      ...fullAnswers,
      usefulness: '2',
      researchValue: '3',
      showName: 'false',
    });
    expect(cardText(invokeResult(changed).card)).toContain('opgeslagen');
    const stored = await bot.store.reflections.listFor(meeting.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      participant: { aadObjectId: accepter.aadObjectId, role: 'invitee' },
      answers: { usefulness: 2, researchValue: 3, newContacts: 'some', followUpWish: 'yes', showName: false },
    });
    const tooLong = await submit(accepter, { ...fullAnswers, remarks: 'x'.repeat(1001) });
    expect(cardText(invokeResult(tooLong).card)).toContain('te lang');
  });

  it('refuses a reflection from someone who was not asked, and stores nothing', async () => {
    bot.clock.set('2027-03-16T16:00:01Z');
    await bot.runJobs();
    const card = await promptCard(accepter);
    const data = executeActions(card).find((a) => a.data.verb === 'reflection.submit')!.data;
    const result = await personalChat(bot, silent).execute(silent, 'reflection.submit', {
      ...data,
      ...fullAnswers,
    });
    expect(invokeResult(result).message).toMatch(/niet voor jou gevraagd/);
    expect(await bot.store.reflections.listFor(meeting.id)).toEqual([]);
  });

  it('reminds once, after three days, only those who have not answered', async () => {
    bot.clock.set('2027-03-16T16:00:01Z');
    await bot.runJobs();
    await submit(accepter, fullAnswers);
    bot.clock.set('2027-03-19T16:00:01Z');
    let mark = bot.connector.calls.length;
    await bot.runJobs();
    const calls = bot.connector.since(mark);
    expect(sends(calls, personalChat(bot, contact).id).map((c) => cardText(cardOf(c)))).toEqual([
      expect.stringContaining('Herinnering: we horen graag hoe je de bijeenkomst vond.'),
    ]);
    expect(sends(calls, personalChat(bot, accepter).id)).toHaveLength(0);
    mark = bot.connector.calls.length;
    await bot.runJobs();
    expect(bot.connector.since(mark)).toHaveLength(0);
  });

  it('closes after 14 days: the cards say so, answers are no longer taken, the contact gets the results', async () => {
    bot.clock.set('2027-03-16T16:00:01Z');
    await bot.runJobs();
    await submit(accepter, fullAnswers);
    bot.clock.set('2027-03-30T16:00:01Z');
    const mark = bot.connector.calls.length;
    await bot.runJobs();
    const calls = bot.connector.since(mark);
    const updates = calls.filter((c) => c.kind === 'update');
    expect(updates).toHaveLength(2);
    expect(
      updates.every((u) => cardText(cardOf(u)).includes('De reflectie op deze bijeenkomst is gesloten.')),
    ).toBe(true);
    const results = sends(calls, personalChat(bot, contact).id)
      .map((c) => cardText(cardOf(c)))
      .filter((text) => text.includes('Resultaten reflectie'));
    expect(results).toEqual([expect.stringContaining('1 van 2 gereageerd (50%)')]);
    expect(results[0]).toMatch(/Dat de inspectie meer ruimte ziet dan wij dachten\.\s+— Anna Accepteert/);
    const late = await submit(accepter, { ...fullAnswers, usefulness: '1' });
    expect(cardText(invokeResult(late).card)).toContain('gesloten');
    expect((await bot.store.reflections.listFor(meeting.id))[0]!.answers.usefulness).toBe(4);
  });

  it('shows the results only to contacts and the project lead, with names only where allowed', async () => {
    bot.clock.set('2027-03-16T16:00:01Z');
    await bot.runJobs();
    await submit(accepter, fullAnswers);
    await submit(contact, {
      ...fullAnswers,
      usefulness: '5',
      perspectives: 'Meer zicht op de regio.',
      showName: 'false',
      followUps: '',
    });
    const list = await personalChat(bot, contact).say(contact, 'reflecties');
    const choice = executeActions(list.cards[0])[0]!.data;
    const shown = await personalChat(bot, contact).execute(contact, 'reflection.results', choice);
    const text = cardText(invokeResult(shown).card);
    expect(text).toContain('2 van 2 gereageerd (100%)');
    expect(text).toContain('4,5');
    expect(text).toMatch(/Meer zicht op de regio\.\s+— anoniem/);
    expect(text).toMatch(/Dat de inspectie meer ruimte ziet dan wij dachten\.\s+— Anna Accepteert/);
    const outsider = await personalChat(bot, silent).execute(silent, 'reflection.results', choice);
    expect(invokeResult(outsider).message).toMatch(/Alleen een contactpersoon/);

    // A follow-up agreement mentioned in a reflection is offered to the contact to record.
    const offer = executeActions(invokeResult(shown).card).find(
      (a) => a.data.verb === 'followup.fromReflection',
    )!;
    expect(offer).toBeDefined();
    // The button names the agreement in full enough to read; the heading above it says what it does.
    expect(offer.title).toBe('OCW stuurt de notitie over…');
    expect(cardText(invokeResult(shown).card)).toContain(
      'Vastleggen als vervolgafspraak (het formulier komt eronder):',
    );
    const clicked = await personalChat(bot, contact).execute(contact, 'followup.fromReflection', offer.data);
    // The results card stays (the click is answered with a message); the form comes below it.
    expect(invokeResult(clicked)).toEqual({
      message: 'Het formulier voor de vervolgafspraak staat hieronder.',
    });
    const formCard = clicked.cards.find((c) => JSON.stringify(c).includes('followup.create'))!;
    expect(JSON.stringify(formCard)).toContain('OCW stuurt de notitie over examenruimte');
    const submitData = executeActions(formCard).find((a) => a.data.verb === 'followup.create')!.data;
    await personalChat(bot, contact).execute(contact, 'followup.create', {
      ...submitData,
      what: 'OCW stuurt de notitie over examenruimte',
      ownerName: 'Ministerie van OCW',
      due: '2027-04-01',
    });
    expect(await bot.store.followUps.listFor(b.id)).toMatchObject([
      {
        what: 'OCW stuurt de notitie over examenruimte',
        fromMeetingId: meeting.id,
        owner: { name: 'Ministerie van OCW' },
      },
    ]);
    const byOutsider = await personalChat(bot, silent).execute(silent, 'followup.fromReflection', offer.data);
    expect(invokeResult(byOutsider).message).toMatch(/Alleen een contactpersoon/);
  });

  it('does not ask anyone about a meeting that was cancelled', async () => {
    await team.execute(
      contact,
      'meeting.cancel',
      { verb: 'meeting.cancel', broedplaatsId: b.id, meetingId: meeting.id },
      messageId,
    );
    bot.clock.set('2027-03-16T16:00:01Z');
    const mark = bot.connector.calls.length;
    await bot.runJobs();
    expect(bot.connector.since(mark).filter((c) => cardText(cardOf(c)).includes('Reflectie:'))).toHaveLength(
      0,
    );
    expect(await bot.store.reflections.promptsFor(meeting.id)).toEqual([]);
  });
});

describe('the joint reflection moment', () => {
  it('posts the card in the network conversation at the end, where everyone present answers for themselves', async () => {
    const bot = await startTestBot();
    try {
      bot.clock.set(NOW);
      const team = channel(bot, 'netwerk');
      const contact = makeUser('Carla');
      await team.say(contact, 'hulp');
      const b = await givenBroedplaats(bot, contact, team);
      const { meeting } = await givenScheduledThroughCards(
        bot,
        team,
        contact,
        b,
        { date: '2027-03-16', start: '14:00', end: '16:00' },
        { jointReflection: 'true' },
      );
      expect(meeting.jointReflection).toBe(true);
      bot.clock.set('2027-03-16T15:00:01Z');
      const mark = bot.connector.calls.length;
      await bot.runJobs();
      const joint = sends(bot.connector.since(mark), team.id);
      expect(joint).toHaveLength(1);
      expect(cardText(cardOf(joint[0]!))).toContain('Gezamenlijk reflectiemoment');
      const guest = makeUser('Gast Zonder Uitnodiging');
      const data = executeActions(cardOf(joint[0]!)).find((a) => a.data.verb === 'reflection.submit')!.data;
      const saved = await team.execute(guest, 'reflection.submit', { ...data, ...fullAnswers });
      expect(cardText(invokeResult(saved).card)).toContain('opgeslagen');
      expect(await bot.store.reflections.listFor(meeting.id)).toEqual([
        expect.objectContaining({
          participant: { aadObjectId: guest.aadObjectId, name: 'Gast Zonder Uitnodiging', role: 'present' },
        }),
      ]);
    } finally {
      await bot.stop();
    }
  });
});

describe('reflection results on a fixed set', () => {
  const r = (name: string, answers: Partial<Reflection['answers']>): Reflection => ({
    meetingId: 'm',
    broedplaatsId: 'b',
    participant: { aadObjectId: name, name, role: 'invitee' },
    answers: {
      usefulness: 3,
      newContacts: 'none',
      systemValue: 3,
      followUpWish: 'maybe',
      showName: false,
      ...answers,
    },
    submittedAt: NOW,
    updatedAt: NOW,
  });

  it('counts someone who answered only on the joint card as asked too, so the rate of those asked 1:1 stays true', () => {
    // 5 asked 1:1, 2 of them answered; 4 others present answered on the joint card.
    const asked = [r('A', {}), r('B', {})];
    const present = ['P1', 'P2', 'P3', 'P4'].map((n) => ({
      ...r(n, {}),
      participant: { aadObjectId: n, name: n, role: 'present' as const },
    }));
    const results = summarize(5, [...asked, ...present]);
    expect(results).toMatchObject({ asked: 9, answered: 6, responseRate: 6 / 9 });
  });

  it('computes the response rate, averages (research input without n/a), counts and texts with names only where allowed', () => {
    const results = summarize(4, [
      r('A', {
        usefulness: 5,
        systemValue: 4,
        researchValue: 4,
        newContacts: 'many',
        followUpWish: 'yes',
        perspectives: 'p1',
        showName: true,
      }),
      r('B', { usefulness: 4, systemValue: 2, researchValue: undefined, followUps: 'f1' }),
      r('C', { usefulness: 2, systemValue: 3, researchValue: 2, newContacts: 'some' }),
    ]);
    expect(results).toEqual({
      asked: 4,
      answered: 3,
      responseRate: 0.75,
      averages: { usefulness: 3.7, systemValue: 3, researchValue: 3 },
      newContacts: { none: 1, some: 1, many: 1 },
      followUpWish: { yes: 1, maybe: 2, no: 0 },
      texts: [
        { question: 'perspectives', text: 'p1', name: 'A' },
        { question: 'followUps', text: 'f1', name: undefined },
      ],
    });
  });
});

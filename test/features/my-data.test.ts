// `mijn gegevens` as the right of access means it: the actual records, grouped and attributed correctly (what was sent
// to you apart from what you sent), your roles, and a download of every record you appear in, for you only.
import { cardOf, cardText } from '../driver/connector';
import { channel, makeUser, personalChat } from '../driver/conversation';
import { givenBroedplaats, givenFollowUp, givenInvitation, givenMeeting } from '../driver/factories';
import { startTestBot, type TestBot } from '../driver/test-bot';

describe('my data', () => {
  let bot: TestBot;
  afterAll(() => bot.stop());

  it('lists the records themselves, grouped and attributed, with the roles and a personal download', async () => {
    const carla = makeUser('Carla Contact');
    bot = await startTestBot({ env: { PROJECT_LEAD_IDS: carla.aadObjectId } });
    bot.clock.set('2027-03-02T09:00:00Z');
    const chat = personalChat(bot, carla);
    await chat.install(carla);
    const b = await givenBroedplaats(bot, carla, channel(bot, 'netwerk'));
    const m = await givenMeeting(bot, b, { start: '2027-03-16T13:00:00Z', end: '2027-03-16T15:00:00Z' });
    // One invitation to Carla (from someone else), four sent by her.
    const other = await givenBroedplaats(bot, makeUser('Olga Ander'), channel(bot, 'ander'));
    const theirs = await givenMeeting(bot, other, {
      start: '2027-04-01T13:00:00Z',
      end: '2027-04-01T15:00:00Z',
    });
    await givenInvitation(bot, theirs, { name: carla.name, aadObjectId: carla.aadObjectId }, 'tentative');
    for (const n of ['Rob', 'Inge', 'Olaf', 'Vera']) await givenInvitation(bot, m, { name: `${n} Extern` });
    // One follow-up in her name, two she recorded for a party.
    await givenFollowUp(bot, b, 'Notitie rondsturen', '2027-03-20', {
      name: carla.name,
      aadObjectId: carla.aadObjectId,
    });
    await givenFollowUp(bot, b, 'Vraag aan OCW', '2027-04-01');
    await givenFollowUp(bot, b, 'Vraag aan de inspectie', '2027-04-02');

    const turn = await chat.say(carla, 'mijn gegevens');
    const card = turn.cards[0]!;
    const text = cardText(card);
    expect(text).toContain('Je rollen');
    expect(text).toContain('projectleiding (in de instellingen van de bot)');
    expect(text).toContain(`contactpersoon van ${b.network.name}`);
    expect(text).toMatch(
      new RegExp(
        `Uitnodigingen aan jou[*·\\s]+- bijeenkomst 1 van ${other.network.name}, .* — je antwoord: misschien`,
      ),
    );
    const sent = text.split('Uitnodigingen die jij verstuurde')[1]!.split('**')[1]!;
    expect(sent.match(/Extern, voor bijeenkomst 1 van/g)).toHaveLength(4);
    expect(text.split('Uitnodigingen aan jou')[1]!.split('**')[1]).not.toContain('Extern');
    expect(text).toMatch(/Vervolgafspraken op jouw naam[*·\s]+- Notitie rondsturen \(uiterlijk/);
    const recorded = text.split('Vervolgafspraken die jij vastlegde voor een ander')[1]!.split('**')[1]!;
    expect(recorded).toContain('- Vraag aan OCW (voor Ministerie van OCW)');
    expect(recorded).toContain('- Vraag aan de inspectie (voor Ministerie van OCW)');
    expect(text).not.toMatch(/Vervolgafspraken op jouw naam[*·\s]+- Vraag aan/);

    const link = (card.actions as { type: string; url: string }[]).find((a) => a.type === 'Action.OpenUrl')!;
    expect(link.url).not.toContain(carla.aadObjectId);
    const url = link.url.replace('https://broedplaats.test', bot.url);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const file = (await res.json()) as { tables: Record<string, unknown[]> };
    expect(file.tables.Invitations).toHaveLength(5);
    expect(JSON.stringify(file.tables.FollowUps)).toContain('Notitie rondsturen');
    // Only what mentions her: the other network's broedplaats is not hers to download.
    expect(file.tables.Broedplaatsen).toHaveLength(1);
    // A changed link opens nothing; an expired one says so.
    const tampered = url.slice(0, -4) + (url.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect((await fetch(tampered)).status).toBe(404);
    bot.clock.advance(2 * 60 * 60_000);
    expect((await fetch(url)).status).toBe(410);
  });

  it('speaks English to an English client: for a newcomer, only the chat address is stored', async () => {
    const ann = makeUser('Ann', { locale: 'en-GB' });
    const turn = await personalChat(bot, ann).say(ann, 'my data');
    const text = cardText(turn.cards[0]);
    expect(text).toContain('Your personal chat with the bot');
    expect(text).not.toContain('Your roles');
    expect(cardOf(bot.connector.calls.at(-1)!)).toBeDefined();
  });
});

describe('my data of someone whose address is part of another’s', () => {
  let bot: TestBot;
  afterAll(() => bot.stop());

  it('holds only the records of their own address, not of one that contains it', async () => {
    bot = await startTestBot();
    bot.clock.set('2027-03-02T09:00:00Z');
    const an = makeUser('An Smit');
    bot.connector.members.set(an.id, {
      email: 'an@school.example',
      name: an.name,
      aadObjectId: an.aadObjectId,
    });
    const b = await givenBroedplaats(bot, makeUser('Carla Contact'), channel(bot, 'netwerk'));
    const m = await givenMeeting(bot, b, { start: '2027-03-16T13:00:00Z', end: '2027-03-16T15:00:00Z' });
    await givenInvitation(bot, m, { name: 'Jan de Vries', email: 'jan@school.example' });
    await givenInvitation(bot, m, { name: 'An Smit', email: 'an@school.example' });
    const card = (await personalChat(bot, an).say(an, 'mijn gegevens')).cards[0]!;
    const link = (card.actions as { type: string; url: string }[]).find((a) => a.type === 'Action.OpenUrl')!;
    const file = await (await fetch(link.url.replace('https://broedplaats.test', bot.url))).text();
    expect(file).toContain('an@school.example');
    expect(file).not.toContain('jan@school.example');
    expect(file).not.toContain('Jan de Vries');
  });
});

describe('my data of someone who planned a meeting that was called off', () => {
  let bot: TestBot;
  afterAll(() => bot.stop());

  it('says which of the meetings planned was called off, so two of the same number are told apart', async () => {
    const carla = makeUser('Carla Contact');
    bot = await startTestBot();
    bot.clock.set('2027-03-02T09:00:00Z');
    const chat = personalChat(bot, carla);
    await chat.install(carla);
    const b = await givenBroedplaats(bot, carla, channel(bot, 'netwerk'));
    const at = { start: '2027-03-16T13:00:00Z', end: '2027-03-16T15:00:00Z' };
    await givenMeeting(bot, b, at, { number: 1, status: 'cancelled' });
    await givenMeeting(bot, b, { start: '2027-03-23T13:00:00Z', end: '2027-03-23T15:00:00Z' }, { number: 1 });

    const planned = cardText((await chat.say(carla, 'mijn gegevens')).cards[0]!)
      .split('Bijeenkomsten die jij plande')[1]!
      .split('**')[1]!;
    expect(planned).toContain(
      `- bijeenkomst 1 van ${b.network.name}, di 16 mrt 2027, 14:00–16:00 (afgezegd)`,
    );
    expect(planned).toContain(`- bijeenkomst 1 van ${b.network.name}, di 23 mrt 2027, 14:00–16:00`);
    expect(planned.match(/\(afgezegd\)/g)).toHaveLength(1);
  });
});

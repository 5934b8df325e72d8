import type { Broedplaats } from '../../src/domain/broedplaats';
import { cardOf, cardText, executeActions, type ConnectorCall } from '../driver/connector';
import {
  invokeResult,
  makeUser,
  personalChat,
  type TestConversation,
  type TestUser,
} from '../driver/conversation';
import { givenBroedplaats } from '../driver/factories';
import { everything, play, type Step } from '../driver/transcript';
import { startTestBot, type TestBot } from '../driver/test-bot';

const LEAD = makeUser('Projectleider Petra');
const OTHER_TENANT = '0b9c4e2a-5d1f-4c3b-9a8e-7f6d5c4b3a21';
/** A tenant of its own for a test whose broedplaatsen must not meet the others'. */
const THIRD_TENANT = '5e7d3c1b-2a4f-4e6d-8c9b-0a1f2e3d4c5b';
const RELATED_INTRO = /andere netwerken werkten al aan iets vergelijkbaars/;
const EXAM_QUESTION =
  'Hoe ver mag je als school gaan in het flexibel en gedifferentieerd aanbieden van examens, op verschillende niveaus?';

/** A typed intake of `network` about examinations up to its confirmation; `share` answers other networks' view. */
function examIntake(network: string, share: 'ja' | 'nee', question = EXAM_QUESTION): Step[] {
  return [
    [network, /Wat voor netwerk/],
    ['regionaal', /Hoeveel scholen/],
    ['5', /ontwikkelvraag/],
    [question, /geprobeerd/],
    ['Sommige scholen laten leerlingen vakken eerder afsluiten.', /stelsel/],
    ['examenregels', /thema/],
    ['examinering', /partijen/],
    ['ocw', /onderzoek/],
    ['nee', /procesbegeleider/],
    ['nog niet gekozen', /bijeenkomsten/],
    ['2, voorjaar 2027', /verwante vraag/],
    [share, /Samenvatting/],
    ['bevestig', /is vastgelegd/],
  ];
}

/** A contact's broedplaats stored as an intake stores it (network row included), without the sharing answer. */
async function givenNetworkOf(
  bot: TestBot,
  contact: TestUser,
  chat: TestConversation,
  name: string,
  overrides: Partial<Broedplaats> = {},
): Promise<Broedplaats> {
  const b = await givenBroedplaats(bot, contact, chat, overrides);
  const network = { ...b.network, name };
  await bot.store.broedplaatsen.update(b.id, (x) => ({ ...x, network }));
  await bot.store.broedplaatsen.ensureNetwork(network);
  return { ...b, network };
}

/** The cards the bot sent into `chat` among `calls`, as text. */
function cardsIn(calls: ConnectorCall[], chat: TestConversation): string[] {
  return calls
    .filter((c) => c.conversationId === chat.id && (c.kind === 'send' || c.kind === 'reply'))
    .flatMap((c) => {
      const card = cardOf(c);
      return card ? [cardText(card)] : [];
    });
}

async function storedOf(bot: TestBot, user: TestUser): Promise<Broedplaats[]> {
  return (await bot.store.broedplaatsen.list()).filter((b) => b.createdBy.aadObjectId === user.aadObjectId);
}

describe("other networks' data: only within the tenant, and only with their consent", () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ env: { PROJECT_LEAD_IDS: LEAD.aadObjectId } });
    await personalChat(bot, LEAD).install(LEAD);
  });
  afterAll(async () => bot.stop());

  it("offers a user nothing of another tenant's networks, suggests none of them, and gives them a network of their own for the same name", async () => {
    const elsa = makeUser('Elsa Elders', { tenantId: OTHER_TENANT });
    const elsewhere = personalChat(bot, elsa);
    await elsewhere.install(elsa);
    const theirs = await givenNetworkOf(bot, elsa, elsewhere, 'Examennetwerk Elders', {
      question: EXAM_QUESTION,
      shareWithNetworks: { allowed: true, at: bot.clock.now().toISOString(), by: elsa },
    });

    const ursula = makeUser('Ursula', { tenantId: THIRD_TENANT });
    const chat = personalChat(bot, ursula);
    const start = await chat.say(ursula, 'intake');
    expect(start.cards).toEqual([]);
    expect(everything(start)).not.toContain('Examennetwerk Elders');
    const mark = bot.connector.calls.length;
    const confirmed = await play(chat, ursula, examIntake('Examennetwerk Elders', 'ja'));
    expect(everything(confirmed)).not.toMatch(RELATED_INTRO);
    expect(everything(confirmed)).not.toContain('Elsa');

    const [mine] = await storedOf(bot, ursula);
    expect(mine?.network).toMatchObject({ name: 'Examennetwerk Elders', tenantId: THIRD_TENANT });
    expect(mine?.network.id).not.toBe(theirs.network.id);
    expect(bot.connector.since(mark).filter((c) => c.conversationId === elsewhere.id)).toEqual([]);
  });

  it('keeps a same-tenant outsider off another network (not offered, its name refused, a forged pick ignored) and shows them of its related broedplaats only the theme until its contact shares', async () => {
    const carl = makeUser('Carl Contact');
    const carlChat = personalChat(bot, carl);
    await carlChat.install(carl);
    // Stored before sharing was asked: it counts as not shared.
    const theirs = await givenNetworkOf(bot, carl, carlChat, 'Examennetwerk West', {
      question: EXAM_QUESTION,
    });

    const otto = makeUser('Otto Buiten');
    const chat = personalChat(bot, otto);
    const start = await chat.say(otto, 'intake');
    expect(everything(start)).not.toContain('Examennetwerk West');
    const key = { conversationId: chat.id, userKey: otto.aadObjectId };
    const flowId = (await bot.store.intakes.get(key))!.value.id;
    await chat.execute(otto, 'intake.answer', {
      verb: 'intake.answer',
      flowId,
      stepId: 'network',
      owner: otto.aadObjectId,
      known: theirs.network.id,
      name: '',
    });
    expect((await bot.store.intakes.get(key))?.value).toMatchObject({ position: 'network', answers: {} });

    await play(chat, otto, [
      ['Examennetwerk West', /Er is al een netwerk met deze naam, en je bent daar geen contactpersoon van/],
      ['examennetwerk  west', /Er is al een netwerk met deze naam/],
    ]);
    const mark = bot.connector.calls.length;
    const confirmed = await play(chat, otto, examIntake('Examennetwerk Otto', 'nee'));
    const [mine] = await storedOf(bot, otto);
    expect(mine?.network.id).not.toBe(theirs.network.id);
    expect(confirmed.texts.join('\n')).toMatch(/zien alleen jullie thema[\s\S]*Typ \*\*delen\*\*/);

    const related = confirmed.cards.map(cardText).find((c) => RELATED_INTRO.test(c));
    expect(related).toMatch(
      /Een ander netwerk[\s\S]*deelt zijn naam, vraag en contactpersoon niet[\s\S]*projectleiding kan jullie met elkaar in contact brengen[\s\S]*zelfde thema \(Examinering\)/,
    );
    expect(related).not.toMatch(/Examennetwerk West|Carl|flexibel en gedifferentieerd|gedeelde woorden/);

    // Carl is told, 1:1, without Otto's name or network (Otto's network does not share either).
    const told = cardsIn(bot.connector.since(mark), carlChat);
    expect(told).toEqual([
      expect.stringMatching(
        /Examennetwerk West is voorgesteld aan een ander netwerk[\s\S]*Bij de intake van een ander netwerk[\s\S]*Zij zagen alleen het thema[\s\S]*Ja, laat ze dat zien/,
      ),
    ]);
    expect(told[0]).not.toMatch(/Otto/);

    // Carl says yes on that card: the next related intake sees West's name, question and contact.
    const notice = bot.connector
      .since(mark)
      .find((c) => c.conversationId === carlChat.id && cardOf(c) !== undefined);
    const yes = executeActions(cardOf(notice!)).find((a) => a.title === 'Ja, laat ze dat zien')!;
    const answered = await carlChat.execute(carl, String(yes.data.verb), yes.data);
    expect(cardText(invokeResult(answered).card)).toMatch(/zien de naam van jullie netwerk/);
    expect((await bot.store.broedplaatsen.get(theirs.id))?.value.shareWithNetworks).toMatchObject({
      allowed: true,
      by: { aadObjectId: carl.aadObjectId },
    });

    const olga = makeUser('Olga Open');
    const olgaChat = personalChat(bot, olga);
    const next = bot.connector.calls.length;
    const shown = await play(olgaChat, olga, [
      ['intake', /Hoe heet/],
      ...examIntake('Examennetwerk Olga', 'ja'),
    ]);
    const card = shown.cards.map(cardText).find((c) => RELATED_INTRO.test(c));
    expect(card).toMatch(
      /Examennetwerk West[\s\S]*flexibel en gedifferentieerd[\s\S]*Contactpersoon: Carl Contact/,
    );
    // Otto's broedplaats does not share: Olga sees only that it exists.
    expect(card).toMatch(/Een ander netwerk/);
    expect(card).not.toMatch(/Examennetwerk Otto|Otto Buiten/);
    // Olga's network shares: the networks pointed to her are told who asked.
    expect(cardsIn(bot.connector.since(next), carlChat)).toEqual([
      expect.stringMatching(
        /Bij de intake van \*\*Examennetwerk Olga\*\* \(contactpersoon: Olga Open\) noemde ik jullie broedplaats als verwant: zelfde thema \(Examinering\)[\s\S]*Zij zagen de naam van jullie netwerk/,
      ),
    ]);
  });

  it('offers a network to its own contacts and to the project lead only, and a contact starts a second broedplaats for it', async () => {
    const dana = makeUser('Dana Dubbel');
    const danaChat = personalChat(bot, dana);
    const theirs = await givenNetworkOf(bot, dana, danaChat, 'Netwerk Dubbel');

    const start = await danaChat.say(dana, 'intake');
    expect(cardText(start.cards[0])).toContain('Netwerk Dubbel');
    expect(cardText(start.cards[0])).not.toMatch(/Examennetwerk Elders|Examennetwerk West/);
    await play(danaChat, dana, [
      ['netwerk dubbel', /Vraag 2 van 10[\s\S]*ontwikkelvraag/],
      ['Hoe organiseren we samen met het mbo doorlopende leerlijnen?', /geprobeerd/],
      ['nog niets', /stelsel/],
      ['bekostiging', /thema/],
      ['curriculum', /partijen/],
      ['ocw', /onderzoek/],
      ['nee', /procesbegeleider/],
      ['nog niet gekozen', /bijeenkomsten/],
      ['1, najaar 2027', /verwante vraag/],
      ['nee', /Samenvatting/],
      ['bevestig', /De broedplaats van \*\*Netwerk Dubbel\*\* is vastgelegd/],
    ]);
    const both = (await storedOf(bot, dana)).map((b) => b.network.id);
    expect(both).toEqual([theirs.network.id, theirs.network.id]);

    const lead = personalChat(bot, LEAD);
    const offered = await lead.say(LEAD, 'intake');
    expect(cardText(offered.cards[0])).toMatch(/Examennetwerk West[\s\S]*Netwerk Dubbel/);
    expect(cardText(offered.cards[0])).not.toContain('Examennetwerk Elders');
    await lead.say(LEAD, 'annuleer');
    await lead.say(LEAD, 'ja');
  });

  it('asks for the network again at confirm when a saved intake picked a network its user may not join, storing nothing', async () => {
    const frank = makeUser('Frank');
    const frankChat = personalChat(bot, frank);
    const theirs = await givenNetworkOf(bot, frank, frankChat, 'Netwerk Frank');
    const piet = makeUser('Piet Picker');
    const chat = personalChat(bot, piet);
    await bot.store.intakes.save(
      { conversationId: chat.id, userKey: piet.aadObjectId },
      {
        version: 1,
        id: 'picked-before',
        position: 'summary',
        history: ['network', 'question', 'tried', 'system', 'theme', 'stakeholders', 'research'],
        answers: {
          networkName: theirs.network.name,
          knownNetwork: theirs.network,
          networkKind: theirs.network.kind,
          schoolCount: theirs.network.schoolCount,
          question: 'Hoe organiseren we samen met het mbo doorlopende leerlijnen?',
          tried: 'nog niets',
          systemBarriers: ['bekostiging'],
          systemNowhere: false,
          theme: 'curriculum',
          stakeholders: ['ocw'],
          research: { wish: 'nee' },
          facilitator: { chosen: false },
          meetings: { count: 2, period: 'voorjaar 2027' },
          shareWithNetworks: false,
        },
        confirmingCancel: false,
        paused: true,
        editing: false,
        startedAt: '2026-03-01T09:00:00.000Z',
        updatedAt: '2026-03-01T09:20:00.000Z',
      },
    );
    await play(chat, piet, [
      ['intake', /Samenvatting/],
      ['bevestig', /Er is al een netwerk met deze naam[\s\S]*Hoe heet het netwerk/],
    ]);
    expect(await storedOf(bot, piet)).toEqual([]);
    await play(chat, piet, [
      ['Netwerk Piet', /Wat voor netwerk/],
      ['informeel', /Hoeveel scholen/],
      ['3', /Samenvatting/],
      ['bevestig', /De broedplaats van \*\*Netwerk Piet\*\* is vastgelegd/],
    ]);
    expect((await storedOf(bot, piet))[0]?.network.id).not.toBe(theirs.network.id);
  });

  it("lets a contact change with 'delen' what other networks see of their broedplaats, and nobody else", async () => {
    const gina = makeUser('Gina Gedeeld');
    const ginaChat = personalChat(bot, gina);
    const theirs = await givenNetworkOf(bot, gina, ginaChat, 'Netwerk Gina');
    const card = await ginaChat.say(gina, 'delen');
    expect(cardText(card.cards[0])).toMatch(
      /Zichtbaar voor andere netwerken – Netwerk Gina[\s\S]*zien alleen jullie thema[\s\S]*Ja, laat ze dat zien/,
    );
    const yes = executeActions(card.cards[0]).find((a) => a.title === 'Ja, laat ze dat zien')!;

    const stranger = makeUser('Sven');
    const strangerChat = personalChat(bot, stranger);
    expect((await strangerChat.say(stranger, 'delen')).texts).toEqual([
      'Je bent (nog) geen contactpersoon van een broedplaats, dus er is niets om te delen. Start er een met **intake**.',
    ]);
    const forged = await strangerChat.execute(stranger, String(yes.data.verb), yes.data);
    expect(invokeResult(forged).message).toBe(
      'Alleen de contactpersonen van deze broedplaats kunnen dit veranderen.',
    );
    expect((await bot.store.broedplaatsen.get(theirs.id))?.value.shareWithNetworks).toBeUndefined();

    const shared = await ginaChat.execute(gina, String(yes.data.verb), yes.data);
    expect(cardText(invokeResult(shared).card)).toMatch(
      /zien de naam van jullie netwerk[\s\S]*Nee, alleen het thema/,
    );
    expect((await bot.store.broedplaatsen.get(theirs.id))?.value.shareWithNetworks?.allowed).toBe(true);
    const no = executeActions(invokeResult(shared).card).find((a) => a.title === 'Nee, alleen het thema')!;
    await ginaChat.execute(gina, String(no.data.verb), no.data);
    expect((await bot.store.broedplaatsen.get(theirs.id))?.value.shareWithNetworks?.allowed).toBe(false);

    const english = makeUser('Gail', { locale: 'en-GB' });
    await bot.store.broedplaatsen.update(theirs.id, (b) => ({
      ...b,
      contacts: [...b.contacts, { aadObjectId: english.aadObjectId, name: english.name }],
    }));
    const en = await personalChat(bot, english).say(english, 'share');
    expect(cardText(en.cards[0])).toMatch(
      /Visible to other networks – Netwerk Gina[\s\S]*see only your theme/,
    );
  });

  it("suggests no broedplaats whose question shares only words such as 'maar', 'zonder' or 'but' with the new one", async () => {
    const tenant = '9d8c7b6a-1e2f-4a3b-8c4d-5e6f7a8b9c0d';
    const hans = makeUser('Hans', { tenantId: tenant });
    const hansChat = personalChat(bot, hans);
    await givenNetworkOf(bot, hans, hansChat, 'Netwerk Woorden', {
      question: 'Maar hoe doen we dat, zonder dat alles toch omdat het moet gebeurt? But only because of it.',
      tried: 'Overleg.',
      theme: 'curriculum',
      systemBarriers: ['bekostiging'],
      shareWithNetworks: { allowed: true, at: bot.clock.now().toISOString(), by: hans },
    });
    const ines = makeUser('Ines', { tenantId: tenant });
    const done = await play(personalChat(bot, ines), ines, [
      ['intake', /Hoe heet/],
      ['Netwerk Ines', /Wat voor netwerk/],
      ['informeel', /Hoeveel scholen/],
      ['4', /ontwikkelvraag/],
      [
        'Burgerschap in de bovenbouw, maar zonder alles toch omdat het moet? But only because of it.',
        /geprobeerd/,
      ],
      ['nog niets', /stelsel/],
      ['toezicht', /thema/],
      ['anders: burgerschap', /partijen/],
      ['ocw', /onderzoek/],
      ['nee', /procesbegeleider/],
      ['nog niet gekozen', /bijeenkomsten/],
      ['2, voorjaar 2027', /verwante vraag/],
      ['ja', /Samenvatting/],
      ['bevestig', /is vastgelegd/],
    ]);
    expect(everything(done)).not.toMatch(RELATED_INTRO);
  });
});

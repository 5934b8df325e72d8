import type { Broedplaats } from '../../src/domain/broedplaats';
import { cardText, executeActions } from '../driver/connector';
import { channel, invokeResult, makeUser, personalChat, type TestUser } from '../driver/conversation';
import { givenBroedplaats } from '../driver/factories';
import { buttonData, everything, play, type Step } from '../driver/transcript';
import { startTestBot, type TestBot } from '../driver/test-bot';

const LEAD = makeUser('Projectleider Petra');

async function storedBroedplaatsen(bot: TestBot): Promise<Broedplaats[]> {
  return bot.store.broedplaatsen.list();
}

/** The intake of the WON network (report section 2.2, "Aansluiting vwo – wo"), all typed. */
const wonTyped: Step[] = [
  ['intake', /Ik stel je 12 korte vragen[\s\S]*Vraag 1 van 12[\s\S]*Hoe heet het netwerk/],
  ['WON-netwerk', /Vraag 2 van 12[\s\S]*Wat voor netwerk is/],
  ['1', /Hoeveel scholen doen mee in/],
  ['14', /Wat is de ontwikkelvraag/],
  [
    'Hoe kunnen universiteiten en vwo-scholen in onderlinge samenwerking wetenschapsoriëntatie in het vo-curriculum versterken, zodat leerlingen het vwo verlaten met een academische houding?',
    /Wat hebben jullie al geprobeerd/,
  ],
  [
    'Onderzoekend leren en leren onderzoeken op onze scholen; de contacten met universiteiten blijven individueel en incidenteel.',
    /Waar raakt jullie vraag aan het stelsel/,
  ],
  ['de traditionele inrichting van het onderwijs', /Welk thema past het best/],
  ['aansluiting vo-ho', /Welke partijen wil je aan tafel/],
  ['OCW, onderzoekers en andere netwerken', /onderzoek of kennis inbrengen/],
  ['ja, onderzoek naar de overgang van vwo naar universiteit', /procesbegeleider/],
  ['Marieke de Boer, m.deboer@example.org', /Hoeveel bijeenkomsten/],
  ['1, december 2026', /Vraag 12 van 12[\s\S]*verwante vraag/],
  ['ja', /Samenvatting van de broedplaats[\s\S]*Netwerk[\s\S]*Bevestigen/],
  [
    'bevestig',
    /De broedplaats van \*\*.+\*\* is vastgelegd\. De projectleiding is op de hoogte gebracht\.[\s\S]*eerste bijeenkomst/,
  ],
];

/** A short intake of network `network`, all typed, up to its summary. */
function typedToSummary(network: string): Step[] {
  return [
    ['intake', /Hoe heet het netwerk/],
    [network, /Wat voor netwerk/],
    ['informeel', /Hoeveel scholen/],
    ['8', /ontwikkelvraag/],
    ['Hoe organiseren we samen met het mbo doorlopende leerlijnen?', /geprobeerd/],
    ['nog niets', /stelsel/],
    ['bekostiging', /thema/],
    ['curriculum', /partijen/],
    ['ocw', /onderzoek/],
    ['nee', /procesbegeleider/],
    ['nog niet gekozen', /bijeenkomsten/],
    ['2, voorjaar 2027', /verwante vraag/],
    ['nee', /Samenvatting/],
  ];
}

describe('intake of a development question', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ env: { PROJECT_LEAD_IDS: LEAD.aadObjectId } });
    await personalChat(bot, LEAD).install(LEAD);
  });
  afterAll(async () => bot.stop());

  it('runs the WON intake typed from start to end and stores every answer', async () => {
    const anna = makeUser('Anna Schoolleider');
    await play(personalChat(bot, anna), anna, wonTyped);
    const won = (await storedBroedplaatsen(bot)).find((b) => b.network.name === 'WON-netwerk');
    expect(won).toMatchObject({
      network: { name: 'WON-netwerk', kind: 'informeel', schoolCount: 14 },
      question: expect.stringMatching(/^Hoe kunnen universiteiten en vwo-scholen .* academische houding\?$/),
      tried: expect.stringContaining('individueel en incidenteel'),
      systemBarriers: ['traditionele-inrichting'],
      systemNowhere: false,
      theme: 'aansluiting-vo-ho',
      stakeholders: ['ocw', 'onderzoek', 'andere-netwerken'],
      research: { wish: 'ja', topic: 'onderzoek naar de overgang van vwo naar universiteit' },
      facilitator: { chosen: true, name: 'Marieke de Boer', email: 'm.deboer@example.org' },
      meetings: { count: 1, period: 'december 2026' },
      contacts: [{ aadObjectId: anna.aadObjectId, name: 'Anna Schoolleider' }],
      origin: { kind: 'personal' },
    });
    expect(
      await bot.store.intakes.get({ conversationId: personalChat(bot, anna).id, userKey: anna.aadObjectId }),
    ).toBeUndefined();
  });

  it('tells every project lead proactively, with a card summarising the new broedplaats', async () => {
    const bram = makeUser('Bram');
    // A project lead given the role with `rol` is told as well as the configured one.
    const deputy = makeUser('Dirk Plaatsvervanger');
    await personalChat(bot, deputy).install(deputy);
    await bot.store.roles.grant(
      {
        role: 'lead',
        aadObjectId: deputy.aadObjectId,
        name: deputy.name,
        grantedBy: { aadObjectId: LEAD.aadObjectId, name: LEAD.name },
        grantedAt: new Date().toISOString(),
      },
      'grant-deputy',
    );
    const mark = bot.connector.calls.length;
    await play(
      personalChat(bot, bram),
      bram,
      wonTyped.map(([a, p], i) => (i === 1 ? ['Netwerk Noord', /Wat voor netwerk/] : [a, p]) as Step),
    );
    const leadChat = personalChat(bot, LEAD).id;
    const toLead = bot.connector
      .since(mark)
      .filter((c) => c.conversationId === leadChat && c.kind === 'send');
    expect(toLead).toHaveLength(1);
    const text = cardText((toLead[0]!.body.attachments as { content: unknown }[])[0]!.content);
    expect(text).toContain('Nieuwe broedplaats: Netwerk Noord');
    expect(text).toContain('Bram heeft de intake afgerond');
    expect(text).toContain('Hoe kunnen universiteiten');
    const toDeputy = bot.connector
      .since(mark)
      .filter((c) => c.conversationId === personalChat(bot, deputy).id && c.kind === 'send');
    expect(toDeputy.map((c) => cardText(c.body))).toEqual([
      expect.stringContaining('Nieuwe broedplaats: Netwerk Noord'),
    ]);
    await bot.store.roles.revoke(
      { role: 'lead', aadObjectId: deputy.aadObjectId },
      {
        target: { aadObjectId: deputy.aadObjectId, name: deputy.name },
        by: { aadObjectId: LEAD.aadObjectId, name: LEAD.name },
        at: new Date().toISOString(),
      },
      'revoke-deputy',
    );
  });

  it('opens a 1:1 chat with a project lead the bot has not talked to yet, in the tenant of the intake', async () => {
    const newLead = makeUser('Nieuwe Projectleider');
    const other = await startTestBot({ env: { PROJECT_LEAD_IDS: newLead.aadObjectId } });
    try {
      const cor = makeUser('Cor');
      const mark = other.connector.calls.length;
      await play(
        personalChat(other, cor),
        cor,
        wonTyped.map(([a, p], i) => (i === 1 ? ['Netwerk Zeeland', p] : [a, p]) as Step),
      );
      const calls = other.connector.since(mark);
      const create = calls.find((c) => c.kind === 'createConversation');
      expect(create?.body).toMatchObject({
        isGroup: false,
        members: [{ id: newLead.aadObjectId }],
        tenantId: expect.any(String),
        channelData: { tenant: { id: expect.any(String) } },
      });
      const created = calls.filter((c) => c.conversationId?.startsWith('a:created-'));
      expect(created.map((c) => c.kind)).toEqual(['send']);
      expect(cardText((created[0]!.body.attachments as { content: unknown }[])[0]!.content)).toContain(
        'Netwerk Zeeland',
      );
      expect(
        (await other.store.conversations.personalChatOf(newLead.aadObjectId))?.address.conversation.id,
      ).toBe(created[0]!.conversationId);
    } finally {
      await other.stop();
    }
  });

  it('runs the po-vo intake with cards (Action.Execute), including "nog niet gekozen" and one meeting', async () => {
    const piet = makeUser('Piet Basisschool');
    const chat = personalChat(bot, piet);
    // A contact of a network already: the network question comes as a card offering it.
    await givenBroedplaats(bot, piet, chat, {
      question: 'Hoe delen we lokalen en conciërges tussen de gebouwen van één scholengemeenschap?',
      tried: 'Roosters vergeleken.',
      systemBarriers: [],
      theme: 'anders',
      themeOther: 'huisvesting',
    });
    const ask = (verb: string, extra: Record<string, unknown>) => ({
      verb,
      data: (last: Parameters<typeof buttonData>[0]) => ({ ...buttonData(last), ...extra }),
    });
    const last = await play(chat, piet, [
      ['nieuwe broedplaats', /Hoe heet het netwerk/],
      [
        ask('intake.answer', { known: '', name: 'Schoolleiders voor de Toekomst (po-vo)' }),
        /Wat voor netwerk/,
      ],
      [ask('intake.answer', { choice: 'informeel' }), /Hoeveel scholen/],
      ['6 scholen', /ontwikkelvraag/],
      [
        'Hoe passen we de schoolorganisatie aan aan de doorlopende ontwikkeling van jongeren van 0 tot 18 jaar, zonder de harde knip tussen basisschool en voortgezet onderwijs?',
        /geprobeerd/,
      ],
      ['Gesprekken met vo-besturen; we lopen aan tegen het stelsel.', /stelsel/],
      [
        ask('intake.answer', { choice: 'wetgeving,bekostiging', note: 'Wettelijke scheiding po en vo' }),
        /thema/,
      ],
      [ask('intake.answer', { choice: 'overgang-po-vo', other: '' }), /partijen/],
      [ask('intake.answer', { choice: 'ocw,andere-netwerken', other: '' }), /onderzoek of kennis/],
      [ask('intake.answer', { choice: 'misschien', topic: 'monitor 10-14 scholen' }), /procesbegeleider/],
      [{ verb: 'intake.answer', data: (l) => buttonData(l, 'Nog niet gekozen') }, /Hoeveel bijeenkomsten/],
      [ask('intake.answer', { choice: '1', period: 'najaar 2026' }), /verwante vraag/],
      [{ verb: 'intake.answer', data: (l) => buttonData(l, 'Nee, alleen het thema') }, /Samenvatting/],
      [{ verb: 'intake.confirm', data: (l) => buttonData(l, 'Bevestigen') }, /is vastgelegd/],
    ]);
    expect(invokeResult(last).card).toBeDefined();
    expect(cardText(invokeResult(last).card)).not.toContain('Bevestigen');
    const b = (await storedBroedplaatsen(bot)).find((x) =>
      x.network.name.startsWith('Schoolleiders voor de Toekomst'),
    );
    expect(b).toMatchObject({
      network: { kind: 'informeel', schoolCount: 6 },
      systemBarriers: ['wetgeving', 'bekostiging'],
      systemNote: 'Wettelijke scheiding po en vo',
      theme: 'overgang-po-vo',
      stakeholders: ['ocw', 'andere-netwerken'],
      research: { wish: 'misschien', topic: 'monitor 10-14 scholen' },
      facilitator: { chosen: false },
      meetings: { count: 1, period: 'najaar 2026' },
    });
  });

  it('replaces an answered question card with the answer, so the chat reads as a record', async () => {
    const sara = makeUser('Sara');
    const chat = personalChat(bot, sara);
    await chat.say(sara, 'intake');
    const kindCard = await chat.say(sara, 'Netwerk Midden');
    const clicked = await chat.execute(sara, 'intake.answer', { ...buttonData(kindCard), choice: 'formeel' });
    const answered = cardText(invokeResult(clicked).card);
    expect(answered).toContain('✓ Vraag 2 van 12');
    expect(answered).toContain('Soort netwerk: Formeel samenwerkingsverband');
    expect(clicked.texts.join()).toMatch(/Hoeveel scholen doen mee in Netwerk Midden/);
    await chat.say(sara, 'stop');
  });

  it('runs the LOOT intake: typed theme, no research wish, and its network offered again to its contact', async () => {
    const first = makeUser('Lotte');
    await play(personalChat(bot, first), first, [
      ['intake', /Hoe heet het netwerk/],
      ['LOOT-netwerk', /Wat voor netwerk/],
      ['formeel samenwerkingsverband', /Hoeveel scholen/],
      ['7', /ontwikkelvraag/],
      [
        'Hoe zorgen we dat elke leerling over alle eigen, open en commerciële content kan beschikken, betaalbaar?',
        /geprobeerd/,
      ],
      ['De leerlabs van leerling2020 met een aantal koploperscholen.', /stelsel/],
      ['bekostiging en de traditionele inrichting', /thema/],
      ['gepersonaliseerd leren', /partijen/],
      ['ocw, vo-raad, schoolinfo, kennisnet', /onderzoek/],
      ['nee', /procesbegeleider/],
      ['Frank de Vries frank@cto-zuid.example', /bijeenkomsten/],
      ['2 bijeenkomsten, december 2026 en voorjaar 2027', /verwante vraag/],
      ['liever niet', /Samenvatting/],
      ['ja', /vastgelegd/],
    ]);
    const second = first;
    const chat = personalChat(bot, second);
    const start = await chat.say(second, 'intake');
    expect(cardText(start.cards[0])).toContain('LOOT-netwerk');
    const loot = (await storedBroedplaatsen(bot)).find((b) => b.network.name === 'LOOT-netwerk')!;
    const picked = await chat.execute(second, 'intake.answer', {
      ...buttonData(start),
      known: loot.network.id,
      name: '',
    });
    expect(everything(picked)).toMatch(/ontwikkelvraag/);
    expect(everything(picked)).toMatch(/Vraag 2 van 10/);
    await chat.say(second, 'annuleer');
    await chat.say(second, 'ja');
    expect(loot).toMatchObject({
      network: { kind: 'formeel', schoolCount: 7 },
      systemBarriers: ['bekostiging', 'traditionele-inrichting'],
      theme: 'gepersonaliseerd-leren-ict',
      stakeholders: ['ocw', 'vo-raad', 'schoolinfo', 'kennisnet'],
      research: { wish: 'nee' },
      facilitator: { chosen: true, name: 'Frank de Vries', email: 'frank@cto-zuid.example' },
      meetings: { count: 2, period: 'december 2026 en voorjaar 2027' },
    });
  });

  it('runs the Broedplaats 020 intake in a channel, by mention, and suggests the related examination question', async () => {
    const team = channel(bot, 'broedplaats-020');
    const fatima = makeUser('Fatima');
    const steps: Step[] = [
      ['intake', /Hoe heet het netwerk/],
      ['Broedplaats 020', /Wat voor netwerk/],
      ['regionaal', /Hoeveel scholen/],
      ['5', /ontwikkelvraag/],
      [
        'Hoe ver mag je als school gaan in het flexibel en gedifferentieerd aanbieden van examens, binnen de grenzen van wet en stelsel?',
        /geprobeerd/,
      ],
      [
        'Sommige scholen laten leerlingen vakken eerder afsluiten of op verschillende niveaus examen doen.',
        /stelsel/,
      ],
      ['examenregels, wet- en regelgeving, toezicht', /thema/],
      ['4', /partijen/],
      ['1, 2, 3, 4, 6', /onderzoek/],
      ['ja: onderzoek naar schoolexamens en centrale examens', /procesbegeleider/],
      ['Kees Kennisland <kees@kennisland.example>', /bijeenkomsten/],
      ['1, juni 2027', /verwante vraag/],
      ['ja', /Samenvatting/],
      ['bevestigen', /vastgelegd/],
    ];
    const mark = bot.connector.calls.length;
    await play(team, fatima, steps);
    const calls = bot.connector.since(mark);
    const leadChat = personalChat(bot, LEAD).id;
    expect(calls.filter((c) => c.conversationId !== team.id).map((c) => c.conversationId)).toEqual([
      leadChat,
    ]);
    const b = (await storedBroedplaatsen(bot)).find((x) => x.network.name === 'Broedplaats 020')!;
    expect(b).toMatchObject({
      network: { kind: 'regionaal', schoolCount: 5 },
      systemBarriers: ['examenregels', 'wetgeving', 'toezicht'],
      theme: 'examinering',
      stakeholders: ['ocw', 'inspectie', 'vo-raad', 'schoolinfo', 'onderzoek'],
      research: { wish: 'ja', topic: 'onderzoek naar schoolexamens en centrale examens' },
      facilitator: { chosen: true, name: 'Kees Kennisland', email: 'kees@kennisland.example' },
      origin: { kind: 'channel', conversationId: team.id },
    });

    const other = makeUser('Olaf');
    const otherChat = personalChat(bot, other);
    const last = await play(
      otherChat,
      other,
      steps.map(([a, p], i) => {
        if (i === 1) return ['Examennetwerk Utrecht', p];
        if (i === 4)
          return [
            'Welke ruimte hebben scholen om examens flexibel af te nemen, eerder of op een hoger niveau?',
            p,
          ];
        return [a, p];
      }) as Step[],
    );
    const related = last.cards.find((c) =>
      cardText(c).includes('andere netwerken werkten al aan iets vergelijkbaars'),
    );
    expect(related).toBeDefined();
    const text = cardText(related);
    expect(text.indexOf('Broedplaats 020')).toBeGreaterThan(-1);
    expect(text).toMatch(/zelfde thema \(Examinering\)/);
    expect(text).not.toContain('Examennetwerk Utrecht');
  });

  it('runs an intake in English for an English client, with English answers', async () => {
    const john = makeUser('John', { locale: 'en-US' });
    await play(personalChat(bot, john), john, [
      ['new', /I'll ask you 12 short questions[\s\S]*What is the name of the network/],
      ['Digital Learning Network', /What kind of network/],
      ['regional', /How many schools/],
      ['9', /development question/],
      [
        'How can schools combine personalised learning with the national curriculum and examination rules?',
        /What have you tried/,
      ],
      ['nothing yet', /meet the system/],
      ['examination rules and funding', /Which theme/],
      ['curriculum', /Which parties/],
      ['ministry, inspectorate and researchers', /research or knowledge/],
      ['maybe', /process facilitator/],
      ['not chosen yet', /How many meetings/],
      ['2, spring 2027', /related question/],
      ['no', /Summary of the broedplaats[\s\S]*Confirm/],
      ['confirm', /The broedplaats of \*\*Digital Learning Network\*\* has been recorded/],
    ]);
    const b = (await storedBroedplaatsen(bot)).find((x) => x.network.name === 'Digital Learning Network');
    expect(b).toMatchObject({
      network: { kind: 'regionaal', schoolCount: 9 },
      tried: 'nothing yet',
      systemBarriers: ['examenregels', 'bekostiging'],
      theme: 'curriculum',
      stakeholders: ['ocw', 'inspectie', 'onderzoek'],
      research: { wish: 'misschien' },
      facilitator: { chosen: false },
      meetings: { count: 2, period: 'spring 2027' },
    });
  });
});

describe('intake: going back, pausing, resuming, editing, cancelling', () => {
  let bot: TestBot;
  let user: TestUser;
  beforeEach(async () => {
    bot = await startTestBot();
    user = makeUser('Hanna');
  });
  afterEach(async () => bot.stop());

  const toSummary = typedToSummary('Netwerk Oost');
  const firstSteps = toSummary.slice(0, 4);

  it('goes one step back with "terug", keeping the answers, and on to the next open step after it', async () => {
    const chat = personalChat(bot, user);
    await play(chat, user, [
      ...firstSteps,
      ['terug', /Vraag 3 van 12[\s\S]*Hoeveel scholen/],
      ['terug', /Vraag 2 van 12[\s\S]*Wat voor netwerk/],
      ['regionaal', /Hoeveel scholen/],
      ['9', /ontwikkelvraag/],
    ]);
    const draft = await bot.store.intakes.get({ conversationId: chat.id, userKey: user.aadObjectId });
    expect(draft?.value.answers).toMatchObject({
      networkName: 'Netwerk Oost',
      networkKind: 'regionaal',
      schoolCount: 9,
    });
    const atStart = await play(chat, user, [
      ['terug', /Hoeveel/],
      ['terug', /Wat voor netwerk/],
      ['terug', /Hoe heet/],
      ['terug', /eerste vraag/],
    ]);
    expect(everything(atStart)).toMatch(/Hoe heet het netwerk/);
  });

  it('pauses with "stop" and resumes at the open step after a restart of the bot, answers kept', async () => {
    const chat = personalChat(bot, user);
    await play(chat, user, [...firstSteps, ['stop', /Gepauzeerd/]]);
    // An answer typed while it is paused is told how to go on, not "I don't understand".
    const afterStop = await chat.say(user, 'Een tekst die geen antwoord is');
    expect(afterStop.texts[0]).toMatch(/Je intake staat op pauze en je antwoorden zijn bewaard/);
    await bot.restart();
    await play(chat, user, [
      ['intake', /verder waar je gebleven was \(vraag 4 van 12\)[\s\S]*ontwikkelvraag/],
      [
        'Hoe organiseren we samen met het mbo doorlopende leerlijnen voor leerlingen in de regio?',
        /geprobeerd/,
      ],
    ]);
    const draft = await bot.store.intakes.get({ conversationId: chat.id, userKey: user.aadObjectId });
    expect(draft?.value.answers).toMatchObject({
      networkName: 'Netwerk Oost',
      schoolCount: 8,
      question: expect.stringContaining('mbo'),
    });
  });

  it('answers the intake’s own words typed while it is paused with how to go on; without one, "stop" has nothing to stop', async () => {
    const chat = personalChat(bot, user);
    await play(chat, user, [...firstSteps, ['stop', /Gepauzeerd/]]);
    const before = await bot.store.intakes.get({ conversationId: chat.id, userKey: user.aadObjectId });
    for (const word of ['stop', 'Terug!', 'verder']) {
      const answer = await chat.say(user, word);
      expect(answer.texts).toEqual([
        expect.stringMatching(/intake staat op pauze[\s\S]*\*\*intake\*\*[\s\S]*annuleer/),
      ]);
    }
    // Nothing changed: the same draft, still paused; "intake" goes on where it was.
    const after = await bot.store.intakes.get({ conversationId: chat.id, userKey: user.aadObjectId });
    expect(after?.etag).toBe(before?.etag);
    await play(chat, user, [['intake', /verder waar je gebleven was \(vraag 4 van 12\)/]]);
    // (And "annuleer", as the answer says, asks to delete it, paused or not.)
    await play(chat, user, [
      ['stop', /Gepauzeerd/],
      ['annuleer', /Weet je zeker dat je deze intake wilt verwijderen/],
    ]);

    // Someone without an intake here: "stop" is still a command, with nothing to stop; "terug" is unknown.
    const other = makeUser('Olga Overig');
    const elsewhere = personalChat(bot, other);
    await elsewhere.say(other, 'hulp');
    expect((await elsewhere.say(other, 'stop')).texts).toEqual([
      'Er loopt hier nu niets om te stoppen. Typ **intake** om een broedplaats te beginnen, of **hulp** voor wat ik kan.',
    ]);
    expect((await elsewhere.say(other, 'terug')).texts[0]).toMatch(/Dat begrijp ik niet/);
    expect(
      await bot.store.intakes.get({ conversationId: elsewhere.id, userKey: other.aadObjectId }),
    ).toBeUndefined();
  });

  it('pauses for another command typed on its own (status), runs it once, and resumes with intake, answers kept', async () => {
    const chat = personalChat(bot, user);
    await play(chat, user, [
      ...firstSteps,
      ['hulp?', /Je zit in de intake \(vraag 4 van 12\)[\s\S]*ontwikkelvraag/],
    ]);
    const typed = chat.activity(user, { type: 'message', text: 'status' });
    const status = await chat.post(typed);
    expect(status.texts[0]).toMatch(
      /^Je intake staat op pauze en je antwoorden zijn bewaard; typ \*\*intake\*\* .* Was “status” je antwoord op de vraag\?/,
    );
    expect(status.texts[1]).toMatch(/Het overzicht is er voor de projectleiding/);
    const again = await chat.post(typed); // the same activity delivered again
    expect(again.status).toBe(200);
    expect(again.texts).toEqual([]);
    const paused = await bot.store.intakes.get({ conversationId: chat.id, userKey: user.aadObjectId });
    expect(paused?.value).toMatchObject({
      paused: true,
      answers: { networkName: 'Netwerk Oost', networkKind: 'informeel', schoolCount: 8 },
    });
    expect(paused?.value.answers).not.toHaveProperty('question');
    await play(chat, user, [
      ['intake', /verder waar je gebleven was \(vraag 4 van 12\)[\s\S]*ontwikkelvraag/],
      ['new broedplaats', /verder waar je gebleven was \(vraag 4 van 12\)[\s\S]*ontwikkelvraag/],
      ['Hoe maken we samen met het mbo doorlopende leerlijnen voor techniek?', /geprobeerd/],
    ]);
    const resumed = await bot.store.intakes.get({ conversationId: chat.id, userKey: user.aadObjectId });
    expect(resumed?.value.answers).toMatchObject({
      networkName: 'Netwerk Oost',
      question: expect.stringContaining('techniek'),
    });
  });

  it('resumes on a second bot instance sharing the storage', async () => {
    const chat = personalChat(bot, user);
    await play(chat, user, firstSteps);
    const second = await startTestBot({ tablePrefix: bot.config.tablePrefix, connector: bot.connector });
    try {
      const other = personalChat(second, user);
      const result = await other.say(
        user,
        'Hoe laten we leerlingen in de regio meer kiezen uit vakken op verschillende niveaus?',
      );
      expect(everything(result)).toMatch(/Vraag 5 van 12[\s\S]*geprobeerd/);
    } finally {
      await second.stop();
    }
  });

  it('refuses each kind of wrong answer with a specific message and asks the same question again', async () => {
    const chat = personalChat(bot, user);
    await play(chat, user, [
      ['intake', /Hoe heet/],
      ['x', /wat kort \(1 teken\)[\s\S]*minstens 2 tekens[\s\S]*Hoe heet het netwerk/],
      ['!!!', /geen antwoord[\s\S]*Hoe heet het netwerk/],
      ['N'.repeat(150), /te lang \(150 tekens, maximaal 100\)[\s\S]*Hoe heet/],
      ['Netwerk West', /Wat voor netwerk/],
      ['een kerkgenootschap', /Wat voor netwerk[\s\S]*"een kerkgenootschap" herken ik niet als keuze/],
      ['informeel en formeel', /herken ik niet als keuze|één mogelijkheid/],
      ['regionaal', /Hoeveel scholen/],
      ['veel', /als getal[\s\S]*Hoeveel scholen/],
      ['0', /tussen 1 en 500[\s\S]*Hoeveel scholen/],
      ['4', /ontwikkelvraag/],
      ['Te kort', /minstens 20 tekens \(|minstens 20 tekens/],
      ['V'.repeat(2001), /te lang \(2001 tekens, maximaal 2000\)/],
      ['Hoe geven we leerlingen meer ruimte om in eigen tempo examen te doen?', /geprobeerd/],
      ['Flexibele roosters', /stelsel/],
      ['het weer', /geen raakvlak met het stelsel/],
      ['nergens', /werkt het best bij een vraag die raakt aan het stelsel[\s\S]*toch doorgaan/],
      ['misschien', /ja of nee/],
      ['ja', /thema/],
      ['anders', /typ erbij wat/],
      ['anders: burgerschap', /partijen/],
      ['ocw, de paus', /"de paus" herken ik niet/],
      ['ocw', /onderzoek/],
      ['wellicht', /herken ik niet/],
      ['nee', /procesbegeleider/],
      ['Jan', /naam van de procesbegeleider met het e-mailadres/],
      ['Jan Jansen, jan@', /e-mailadres klopt niet/],
      ['Jan Jansen, jan@school.example', /bijeenkomsten/],
      ['5, voorjaar', /Kies 1 tot 3 bijeenkomsten/],
      ['2', /Noem ook de periode/],
      ['2, voorjaar 2027', /verwante vraag/],
      ['misschien', /ja of nee/],
      ['nee', /Samenvatting[\s\S]*nergens \(toch doorgaan\)[\s\S]*Anders: burgerschap/],
    ]);
    const draft = await bot.store.intakes.get({ conversationId: chat.id, userKey: user.aadObjectId });
    expect(draft?.value.answers).toMatchObject({
      networkName: 'Netwerk West',
      networkKind: 'regionaal',
      schoolCount: 4,
      systemNowhere: true,
      systemFitContinue: true,
      theme: 'anders',
      themeOther: 'burgerschap',
      stakeholders: ['ocw'],
      research: { wish: 'nee' },
    });
  });

  it('keeps the answers when the contact chooses not to go on with a question that meets the system nowhere', async () => {
    const chat = personalChat(bot, user);
    await play(chat, user, [
      ...firstSteps,
      ['Hoe maken we onze netwerkbijeenkomsten leuker voor de deelnemers?', /geprobeerd/],
      ['Andere locaties', /stelsel/],
      ['nergens', /toch doorgaan/],
      ['nee', /Ik bewaar wat je hebt ingevuld/],
      ['intake', /verder waar je gebleven was[\s\S]*toch doorgaan/],
    ]);
  });

  it('edits a field from the summary and returns to the summary with the new value', async () => {
    const chat = personalChat(bot, user);
    const summary = await play(chat, user, toSummary);
    const data = executeActions(summary.cards[0]).find((a) => a.data.field === 'theme')?.data ?? {};
    const edit = await chat.execute(user, 'intake.edit', data);
    expect(everything(edit)).toMatch(/Welk thema/);
    expect(invokeResult(edit).card).toBeDefined();
    const back = await chat.say(user, 'examinering');
    expect(everything(back)).toMatch(/Samenvatting[\s\S]*Thema\nExaminering/);
    const draft = await bot.store.intakes.get({ conversationId: chat.id, userKey: user.aadObjectId });
    expect(draft?.value.answers.theme).toBe('examinering');
    expect(draft?.value.answers.stakeholders).toEqual(['ocw']);
  });

  it('creates one broedplaats when confirm is clicked twice or delivered again', async () => {
    const chat = personalChat(bot, user);
    const summary = await play(chat, user, toSummary);
    const data = buttonData(summary, 'Bevestigen');
    const [a, b] = await Promise.all([
      chat.execute(user, 'intake.confirm', data),
      chat.execute(user, 'intake.confirm', data),
    ]);
    const again = await chat.execute(user, 'intake.confirm', data);
    expect(everything(again)).toMatch(/was al vastgelegd/);
    expect([everything(a), everything(b)].join('\n')).toMatch(/is vastgelegd/);
    expect([everything(a), everything(b)].join('\n')).not.toMatch(/projectleiding is op de hoogte/);
    expect(
      (await bot.store.broedplaatsen.list()).filter((x) => x.network.name === 'Netwerk Oost'),
    ).toHaveLength(1);
  });

  it('deletes an intake only after "annuleer" is confirmed', async () => {
    const chat = personalChat(bot, user);
    await play(chat, user, [
      ...firstSteps,
      ['annuleer', /Weet je zeker/],
      ['misschien', /Typ \*\*ja\*\* om de intake te verwijderen/],
      ['nee', /we gaan verder[\s\S]*ontwikkelvraag/],
      ['annuleer', /Weet je zeker/],
      ['ja', /intake is verwijderd/],
    ]);
    expect(
      await bot.store.intakes.get({ conversationId: chat.id, userKey: user.aadObjectId }),
    ).toBeUndefined();
    await play(chat, user, [['annuleer', /geen intake van jou/]]);
  });

  it('answers a click on an old question card without acting on it', async () => {
    const chat = personalChat(bot, user);
    const kind = await play(chat, user, firstSteps.slice(0, 2));
    const oldData = buttonData(kind);
    await chat.say(user, 'informeel');
    const stale = await chat.execute(user, 'intake.answer', { ...oldData, choice: 'formeel' });
    expect(invokeResult(stale).message).toMatch(/hoort bij een eerdere vraag/);
    const draft = await bot.store.intakes.get({ conversationId: chat.id, userKey: user.aadObjectId });
    expect(draft?.value.answers.networkKind).toBe('informeel');
  });

  it("refuses a forged card action for someone else's intake, and malformed card data, changing nothing", async () => {
    const chat = personalChat(bot, user);
    const kind = await play(chat, user, firstSteps.slice(0, 2));
    const data = buttonData(kind);
    const mallory = makeUser('Mallory');
    const forged = await personalChat(bot, mallory).execute(mallory, 'intake.answer', {
      ...data,
      choice: 'formeel',
    });
    expect(invokeResult(forged).message).toMatch(/intake van iemand anders/);
    for (const bad of [
      {},
      { flowId: 5 },
      { flowId: 'x'.repeat(500), stepId: 'network' },
      { flowId: 'other', stepId: 'networkKind' },
    ]) {
      const r = await chat.execute(user, 'intake.answer', bad);
      expect(r.status).toBe(200);
      expect(everything(r)).toMatch(/kaart/);
    }
    const empty = await chat.execute(user, 'intake.answer', { ...data, choice: '' });
    expect(cardText(invokeResult(empty).card)).toContain('Kies ten minste één');
    const r = await chat.execute(user, 'intake.edit', { ...data, field: 'bestaat-niet' });
    expect(cardText(invokeResult(r).card)).toMatch(/kaart die ik niet/);
    const draft = await bot.store.intakes.get({ conversationId: chat.id, userKey: user.aadObjectId });
    expect(draft?.value.position).toBe('networkKind');
    expect(draft?.value.answers.networkKind).toBeUndefined();
  });

  it('reads a card answer only as its question’s card sends it: a value of the wrong type is empty, and a question asked as a message takes no card', async () => {
    const chat = personalChat(bot, user);
    const kind = await play(chat, user, firstSteps.slice(0, 2));
    const data = buttonData(kind);
    const odd = await chat.execute(user, 'intake.answer', { ...data, choice: { code: 'formeel' } });
    expect(cardText(invokeResult(odd).card)).toContain('Kies ten minste één');
    await play(chat, user, [['informeel', /Hoeveel scholen/]]);
    const forged = await chat.execute(user, 'intake.answer', { ...data, stepId: 'schoolCount', count: '12' });
    expect(invokeResult(forged).message).toMatch(/hoort bij een eerdere vraag/);
    const draft = await bot.store.intakes.get({ conversationId: chat.id, userKey: user.aadObjectId });
    expect(draft?.value.position).toBe('schoolCount');
    expect(draft?.value.answers.schoolCount).toBeUndefined();
  });

  it('lets two users of the same network do an intake at the same time in one channel, one each', async () => {
    const team = channel(bot, 'netwerk-oost');
    const a = makeUser('Aafke');
    const b = makeUser('Bert');
    await team.say(a, 'intake');
    await team.say(b, 'intake');
    await Promise.all([team.say(a, 'Netwerk Oost'), team.say(b, 'Netwerk Oost')]);
    await Promise.all([team.say(a, 'informeel'), team.say(b, 'regionaal')]);
    const da = await bot.store.intakes.get({ conversationId: team.id, userKey: a.aadObjectId });
    const db = await bot.store.intakes.get({ conversationId: team.id, userKey: b.aadObjectId });
    expect(da?.value.answers).toMatchObject({ networkName: 'Netwerk Oost', networkKind: 'informeel' });
    expect(db?.value.answers).toMatchObject({ networkName: 'Netwerk Oost', networkKind: 'regionaal' });
    expect(da?.value.id).not.toBe(db?.value.id);
  });

  it('shows user text on cards as typed: markdown, links and template syntax are not interpreted', async () => {
    const chat = personalChat(bot, user);
    const evil = '[klik hier](https://evil.example) **vet** ${name} <b>x</b>';
    await play(chat, user, [
      ['intake', /Hoe heet/],
      ['Netwerk\u0007 Zuid\u200b', /Wat voor netwerk is Netwerk Zuid\?/],
    ]);
    await play(chat, user, [
      ['informeel', /scholen/],
      ['3', /ontwikkelvraag/],
      [`Hoe gaan we om met ${evil} in de les?`, /geprobeerd/],
    ]);
    const draft = await bot.store.intakes.get({ conversationId: chat.id, userKey: user.aadObjectId });
    expect(draft?.value.answers.networkName).toBe('Netwerk Zuid');
    expect(draft?.value.answers.question).toBe(`Hoe gaan we om met ${evil} in de les?`);
  });
});

/** The value of a card's input `id` (a choice set's ticked values, comma-separated). */
function inputValue(card: unknown, id: string): unknown {
  let found: unknown;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.id === id && typeof o.type === 'string' && o.type.startsWith('Input.')) found = o.value;
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return found;
}

describe('intake: every answer understood as meant, or refused with the reason', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => bot.stop());

  const draftOf = async (chat: ReturnType<typeof personalChat>, user: TestUser) =>
    (await bot.store.intakes.get({ conversationId: chat.id, userKey: user.aadObjectId }))?.value;

  it('refuses "nergens" ticked or typed together with a barrier, keeps the ticks, and counts "toch doorgaan?" as a question of its own', async () => {
    const henk = makeUser('Henk');
    const chat = personalChat(bot, henk);
    const systemCard = await play(chat, henk, [
      ['intake', /Ik stel je 12 korte vragen[\s\S]*Vraag 1 van 12/],
      ['Netwerk Noordoost', /Vraag 2 van 12[\s\S]*Wat voor netwerk/],
      ['informeel', /Vraag 3 van 12[\s\S]*Hoeveel scholen/],
      ['6', /Vraag 4 van 12[\s\S]*ontwikkelvraag/],
      ['Hoe maken we onze netwerkbijeenkomsten waardevoller voor iedereen?', /Vraag 5 van 12/],
      ['nog niets', /Vraag 6 van 12[\s\S]*Waar raakt jullie vraag aan het stelsel[\s\S]*6\. Nergens/],
    ]);
    const both = await chat.execute(henk, 'intake.answer', {
      ...buttonData(systemCard),
      choice: 'examenregels,nergens',
      note: 'vooral de examens',
    });
    const refused = invokeResult(both).card;
    expect(cardText(refused)).toContain(
      'Je koos "nergens" en ook een raakvlak met het stelsel; allebei kan niet.',
    );
    expect(inputValue(refused, 'choice')).toBe('examenregels,nergens');
    expect(inputValue(refused, 'note')).toBe('vooral de examens');
    expect(both.texts).toEqual([]);
    expect(await draftOf(chat, henk)).toMatchObject({ position: 'system' });
    expect((await draftOf(chat, henk))?.answers).not.toHaveProperty('systemNowhere');

    await play(chat, henk, [
      ['examenregels en nergens', /Vraag 6 van 12[\s\S]*allebei kan niet/],
      ['2, 6', /allebei kan niet/],
    ]);
    const nowhere = await chat.execute(henk, 'intake.answer', {
      ...buttonData(systemCard),
      choice: 'nergens',
      note: '',
    });
    const answered = cardText(invokeResult(nowhere).card);
    expect(answered).toContain('✓ Vraag 6 van 12');
    expect(answered).toContain('Raakt aan het stelsel: nergens');
    expect(answered).not.toContain('toch doorgaan');
    expect(everything(nowhere)).toMatch(/Vraag 7 van 13[\s\S]*Wil je toch doorgaan\?/);

    const shown = await play(chat, henk, [
      ['ja', /Vraag 8 van 13[\s\S]*Welk thema/],
      ['curriculum', /Vraag 9 van 13[\s\S]*partijen/],
      ['ocw', /Vraag 10 van 13[\s\S]*onderzoek/],
      ['nee', /Vraag 11 van 13[\s\S]*procesbegeleider/],
      ['nog niet gekozen', /Vraag 12 van 13[\s\S]*bijeenkomsten/],
      ['2, voorjaar 2027', /Vraag 13 van 13[\s\S]*verwante vraag/],
      ['nee', /Samenvatting[\s\S]*nergens \(toch doorgaan\)/],
    ]);
    expect(everything(shown)).not.toMatch(/Vraag \d+ van/);

    const john = makeUser('John', { locale: 'en-US' });
    await play(personalChat(bot, john), john, [
      ['intake', /Question 1 of 12/],
      ['Exam Network', /What kind of network/],
      ['formal', /How many schools/],
      ['3', /development question/],
      ['How far may schools go in offering exams flexibly at different levels?', /tried/],
      ['nothing yet', /meet the system/],
      ['examination rules, nowhere', /Question 6 of 12[\s\S]*it cannot be both/],
      ['nowhere', /Question 7 of 13[\s\S]*go on anyway\?/],
    ]);
  });

  it('reads counts in digits or words, Dutch thousands included, and refuses negative, out-of-range and fractional ones with the reason', async () => {
    const ria = makeUser('Ria');
    const chat = personalChat(bot, ria);
    const kindCard = await play(chat, ria, [
      ['intake', /Hoe heet/],
      ['Netwerk Getal', /Wat voor netwerk/],
    ]);
    expect(cardText(kindCard.cards[0])).toMatch(
      /1\. Informeel leernetwerk van schoolleiders[\s\S]*2\. Formeel samenwerkingsverband[\s\S]*3\. Regionaal netwerk/,
    );
    await play(chat, ria, [
      ['2', /Hoeveel scholen/],
      ['-3', /-3 kan niet: het aantal moet tussen 1 en 500 liggen\.[\s\S]*Hoeveel scholen/],
      ['100000', /100\.000 kan niet: het aantal moet tussen 1 en 500 liggen\./],
      ['1.000', /1\.000 kan niet: het aantal moet tussen 1 en 500 liggen\./],
      ['1 000 scholen', /1\.000 kan niet: het aantal moet tussen 1 en 500 liggen\./],
      ['1,5', /Typ een heel getal, bijvoorbeeld 2[\s\S]*Hoeveel scholen/],
      ['veel', /Typ het aantal als getal, bijvoorbeeld 5 of vijf\.[\s\S]*Hoeveel scholen/],
      ['veertien scholen', /ontwikkelvraag/],
      ['Hoe verdelen we het geld voor ict eerlijker over de scholen van het netwerk?', /geprobeerd/],
      ['nog niets', /stelsel/],
      ['bekostiging', /Welk thema[\s\S]*5\. Curriculum/],
      ['9', /Er is geen mogelijkheid 9\. Typ een nummer van 1 tot 6, of de naam van een mogelijkheid\./],
      ['5', /partijen/],
      ['1, 3', /onderzoek/],
      ['2', /procesbegeleider/],
      ['nog niet gekozen', /bijeenkomsten/],
      ['vier', /4 bijeenkomsten kan niet\. Kies 1 tot 3 bijeenkomsten\./],
      ['vier, voorjaar 2027', /4 bijeenkomsten kan niet\. Kies 1 tot 3 bijeenkomsten\./],
      ['0, voorjaar 2027', /0 bijeenkomsten kan niet\./],
      ['voorjaar 2027', /Hoeveel bijeenkomsten \(1 tot 3\)\? Zet het aantal vóór de periode/],
      ['een paar keer in het voorjaar', /Hoeveel bijeenkomsten \(1 tot 3\)\?/],
      ['2 of 3, voorjaar 2027', /Kies één aantal bijeenkomsten \(1 tot 3\)/],
      ['1,5 bijeenkomst in mei', /Typ een heel getal/],
      ['drie', /Noem ook de periode/],
      ['drie bijeenkomsten, voorjaar 2027', /verwante vraag/],
      ['nee', /Samenvatting[\s\S]*3 bijeenkomsten, voorjaar 2027/],
    ]);
    expect((await draftOf(chat, ria))?.answers).toMatchObject({
      networkKind: 'formeel',
      schoolCount: 14,
      systemBarriers: ['bekostiging'],
      theme: 'curriculum',
      stakeholders: ['ocw', 'vo-raad'],
      research: { wish: 'misschien' },
      meetings: { count: 3, period: 'voorjaar 2027' },
    });

    const jane = makeUser('Jane', { locale: 'en-GB' });
    const english = personalChat(bot, jane);
    await play(english, jane, [
      ['intake', /name of the network/],
      ['Number Network', /What kind of network[\s\S]*3\. Regional network/],
      ['regional', /How many schools/],
      ['-3', /-3 is not possible: the number must be between 1 and 500\./],
      ['1.000', /1,000 is not possible: the number must be between 1 and 500\./],
      ['1,5', /Please type a whole number/],
      ['many', /Please type the number, for instance 5 or five\./],
      ['fourteen', /development question/],
      ['How do we share ict budgets fairly across the schools of the network?', /tried/],
      ['nothing yet', /meet the system/],
      ['funding', /Which theme/],
      ['curriculum', /Which parties/],
      ['ministry', /research/],
      ['no', /process facilitator/],
      ['not chosen yet', /How many meetings/],
      ['four', /4 meetings are not possible\. Please choose 1 to 3 meetings\./],
      ['spring 2027', /How many meetings \(1 to 3\)\? Put the number before the period/],
      ['two, spring 2027', /related question/],
      ['no', /Summary of the broedplaats[\s\S]*2 meetings, spring 2027/],
    ]);
    expect((await draftOf(english, jane))?.answers).toMatchObject({
      schoolCount: 14,
      meetings: { count: 2, period: 'spring 2027' },
    });
  });

  const toSummary = typedToSummary('Netwerk Samenvatting');

  it('understands text typed at the summary: a field to change, bevestig, annuleer; anything else gets how to go on, not the card again', async () => {
    const sam = makeUser('Sam');
    const chat = personalChat(bot, sam);
    await play(chat, sam, toSummary);
    const unclear = await chat.say(sam, 'wat nu?');
    expect(unclear.texts).toEqual([
      '“wat nu?” begrijp ik hier niet. Je bent bij de samenvatting. Typ **bevestig** om de broedplaats vast te leggen, ' +
        'de naam van een onderdeel om het te wijzigen (bijvoorbeeld **thema** of **procesbegeleider**), of **annuleer** ' +
        'om de intake te verwijderen.',
    ]);
    expect(unclear.cards).toEqual([]);
    const summary = await play(chat, sam, [
      ['hulp', /^Je bent bij de samenvatting\. Typ \*\*bevestig\*\*/],
      ['intake', /Alle vragen zijn beantwoord[\s\S]*Samenvatting/],
    ]);
    await play(chat, sam, [['thema', /Welk thema/]]);
    // The summary card shown before is old now: its confirm records nothing while the theme is asked.
    const early = await chat.execute(sam, 'intake.confirm', buttonData(summary, 'Bevestigen'));
    expect(invokeResult(early).message).toMatch(/hoort bij een eerdere vraag/);
    expect((await storedBroedplaatsen(bot)).some((x) => x.network.name === 'Netwerk Samenvatting')).toBe(
      false,
    );
    await play(chat, sam, [
      ['examinering', /Samenvatting[\s\S]*Thema\nExaminering/],
      ['wijzig de procesbegeleider', /Wie wordt jullie procesbegeleider/],
      ['Jan Jansen, jan@school.example', /Samenvatting[\s\S]*Jan Jansen \(jan@school\.example\)/],
      ['annuleer', /Weet je zeker/],
      ['nee', /we gaan verder[\s\S]*Samenvatting/],
      ['bevestig', /De broedplaats van \*\*Netwerk Samenvatting\*\* is vastgelegd/],
    ]);
    const b = (await storedBroedplaatsen(bot)).find((x) => x.network.name === 'Netwerk Samenvatting');
    expect(b).toMatchObject({
      theme: 'examinering',
      facilitator: { chosen: true, name: 'Jan Jansen', email: 'jan@school.example' },
    });

    // Its contact starts another broedplaats for the network.
    const again = personalChat(bot, sam);
    await play(again, sam, [
      ['intake', /Kies een netwerk dat ik al ken/],
      ['Netwerk Samenvatting', /ontwikkelvraag/],
      ...toSummary.slice(4),
      [
        'soort netwerk',
        /Soort netwerk hoort bij het bekende netwerk dat je koos; wijzig het \*\*netwerk\*\* om dat te veranderen\./,
      ],
    ]);

    const ella = makeUser('Ella', { locale: 'en-US' });
    const english = personalChat(bot, ella);
    await play(english, ella, [
      ['intake', /name of the network/],
      ['Summary Network', /What kind/],
      ['informal', /How many/],
      ['5', /development question/],
      ['How do we build learning lines together with vocational schools?', /tried/],
      ['nothing yet', /system/],
      ['funding', /theme/],
      ['curriculum', /parties/],
      ['ministry', /research/],
      ['no', /facilitator/],
      ['not chosen yet', /meetings/],
      ['2, spring 2027', /related question/],
      ['yes', /Summary/],
      ['what now', /^I don't understand “what now” here\. You're at the summary\. Type \*\*confirm\*\*/],
      ['edit theme', /Which theme/],
      ['examination', /Summary[\s\S]*Theme\nExamination/],
      ['confirm', /has been recorded/],
    ]);
  });

  it('goes on with a draft saved before this change, at "toch doorgaan?" and at the summary', async () => {
    const olga = makeUser('Olga');
    const chat = personalChat(bot, olga);
    const key = { conversationId: chat.id, userKey: olga.aadObjectId };
    const answers = {
      networkName: 'Netwerk Bewaard',
      networkKind: 'informeel' as const,
      schoolCount: 4,
      question: 'Hoe maken we onze netwerkbijeenkomsten leuker voor de deelnemers?',
      tried: 'Andere locaties',
      systemBarriers: [],
      systemNowhere: true,
    };
    // Stored as plain JSON, the way a draft in progress was written before.
    await bot.store.intakes.save(key, {
      version: 1,
      id: 'saved-draft-1',
      position: 'systemFit',
      history: ['network', 'networkKind', 'schoolCount', 'question', 'tried', 'system'],
      answers,
      confirmingCancel: false,
      paused: true,
      editing: false,
      startedAt: '2026-03-01T09:00:00.000Z',
      updatedAt: '2026-03-01T09:10:00.000Z',
    });
    await play(chat, olga, [
      ['intake', /verder waar je gebleven was \(vraag 7 van 13\)[\s\S]*Wil je toch doorgaan/],
      ['ja', /Vraag 8 van 13[\s\S]*Welk thema/],
      ['terug', /Vraag 7 van 13[\s\S]*toch doorgaan/],
      // Back at the system question, its answer "nergens" still counts the question after it.
      ['terug', /Vraag 6 van 13[\s\S]*stelsel/],
    ]);
    await bot.store.intakes.delete(key);

    await bot.store.intakes.save(key, {
      version: 1,
      id: 'saved-draft-2',
      position: 'summary',
      history: ['network', 'networkKind', 'schoolCount', 'question', 'tried', 'system', 'systemFit', 'theme'],
      answers: {
        ...answers,
        systemFitContinue: true,
        theme: 'curriculum',
        stakeholders: ['ocw'],
        research: { wish: 'nee' },
        facilitator: { chosen: false },
        meetings: { count: 2, period: 'voorjaar 2027' },
      },
      confirmingCancel: false,
      paused: true,
      editing: false,
      startedAt: '2026-03-01T09:00:00.000Z',
      updatedAt: '2026-03-01T09:20:00.000Z',
    });
    // Saved before other networks' view was asked: that question first, then the summary.
    await play(chat, olga, [
      ['intake', /verder waar je gebleven was \(vraag 13 van 13\)[\s\S]*verwante vraag/],
      ['nee', /Samenvatting[\s\S]*nergens \(toch doorgaan\)[\s\S]*nee: alleen het thema/],
      ['bijeenkomsten', /Vraag 12 van 13[\s\S]*bijeenkomsten/],
      ['drie, najaar 2027', /Samenvatting[\s\S]*3 bijeenkomsten, najaar 2027/],
      ['bevestig', /is vastgelegd/],
    ]);
    const kept = (await storedBroedplaatsen(bot)).find((x) => x.network.name === 'Netwerk Bewaard');
    expect(kept?.shareWithNetworks?.allowed).toBe(false);

    // Its summary card clicked: the question is asked before anything is stored.
    const summary = {
      version: 1 as const,
      id: 'saved-draft-3',
      position: 'summary' as const,
      history: ['network', 'networkKind', 'schoolCount', 'question', 'tried', 'system', 'systemFit'] as const,
      answers: {
        ...answers,
        networkName: 'Netwerk Bewaard Twee',
        systemFitContinue: true,
        theme: 'curriculum' as const,
        stakeholders: ['ocw' as const],
        research: { wish: 'nee' as const },
        facilitator: { chosen: false as const },
        meetings: { count: 2, period: 'voorjaar 2027' },
      },
      confirmingCancel: false,
      paused: false,
      editing: false,
      startedAt: '2026-03-01T09:00:00.000Z',
      updatedAt: '2026-03-01T09:20:00.000Z',
    };
    await bot.store.intakes.save(key, { ...summary, history: [...summary.history] });
    const clicked = await chat.execute(olga, 'intake.confirm', {
      verb: 'intake.confirm',
      flowId: 'saved-draft-3',
      owner: olga.aadObjectId,
    });
    expect(invokeResult(clicked).message).toMatch(/ontbreekt nog een antwoord/);
    expect(everything(clicked)).toMatch(/verwante vraag/);
    expect((await storedBroedplaatsen(bot)).some((x) => x.network.name === 'Netwerk Bewaard Twee')).toBe(
      false,
    );
    await play(chat, olga, [
      ['ja', /Samenvatting[\s\S]*ja: naam, ontwikkelvraag en contactpersoon/],
      ['bevestig', /is vastgelegd[\s\S]*zien de naam van jullie netwerk/],
    ]);
    const shared = (await storedBroedplaatsen(bot)).find((x) => x.network.name === 'Netwerk Bewaard Twee');
    expect(shared?.shareWithNetworks).toMatchObject({ allowed: true, by: { aadObjectId: olga.aadObjectId } });
  });
});

import { DateTime } from 'luxon';
import type { Broedplaats } from '../../src/domain/broedplaats';
import { cardText, executeActions } from '../driver/connector';
import { channel, invokeResult, makeUser, personalChat, type TestUser } from '../driver/conversation';
import { givenBroedplaats, givenFollowUp, givenInvitation, givenMeeting } from '../driver/factories';
import { lastTurnStorage, startOtherInstance, startTestBot, type TestBot } from '../driver/test-bot';

/** Clock: Tuesday 2 March 2027, 10:00 Dutch time. */
const NOW = '2027-03-02T09:00:00Z';
const daysFromNow = (days: number, hour = 13) =>
  DateTime.fromISO(NOW).plus({ days }).set({ hour, minute: 0 }).toUTC().toISO()!;

/** Where each network's name first appears in the text of the card (to check the order of the rows). */
function order(text: string, names: string[]): string[] {
  return [...names].sort((a, b) => text.indexOf(a) - text.indexOf(b));
}

describe('status: the overview of the broedplaatsen', () => {
  let bot: TestBot;
  let lead: TestUser;
  let carla: TestUser;
  let piet: TestUser;
  let outsider: TestUser;
  let zuid: Broedplaats;
  let oost: Broedplaats;
  let midden: Broedplaats;
  let aa: Broedplaats;

  beforeEach(async () => {
    lead = makeUser('Lotte Projectleider');
    bot = await startTestBot({ env: { PROJECT_LEAD_IDS: lead.aadObjectId } });
    bot.clock.set(NOW);
    carla = makeUser('Carla Contact');
    piet = makeUser('Piet Contact');
    outsider = makeUser('Olaf Buitenstaander');
    const team = channel(bot, 'netwerken');
    const longAgo = DateTime.fromISO(NOW).minus({ days: 20 }).toUTC().toISO()!;
    const named = (name: string) => ({
      id: '',
      name,
      kind: 'regionaal' as const,
      schoolCount: 4,
      createdAt: NOW,
    });
    // Zuid: a meeting in 3 days and nobody has said yes yet.
    zuid = await givenBroedplaats(bot, carla, team, { network: { ...named('Zuid'), id: 'n-zuid' } });
    const soon = await givenMeeting(bot, zuid, { start: daysFromNow(3), end: daysFromNow(3, 15) });
    await givenInvitation(bot, soon, { name: 'Inge Inspectie' }, 'tentative');
    await givenInvitation(bot, soon, { name: 'Olga OCW' });
    // Oost: a follow-up two days over its date (and no meeting 20 days after the intake).
    oost = await givenBroedplaats(bot, piet, team, {
      network: { ...named('Oost'), id: 'n-oost' },
      createdAt: longAgo,
    });
    await givenFollowUp(bot, oost, 'Notitie examenruimte sturen', '2027-02-28');
    // Midden: the intake was 20 days ago and nothing was planned since.
    midden = await givenBroedplaats(bot, carla, team, {
      network: { ...named('Midden'), id: 'n-midden' },
      createdAt: longAgo,
    });
    // Aa: fresh and fine.
    aa = await givenBroedplaats(bot, piet, team, { network: { ...named('Aa'), id: 'n-aa' } });
    const later = await givenMeeting(bot, aa, { start: daysFromNow(30), end: daysFromNow(30, 15) });
    await givenInvitation(bot, later, { name: 'Vera VO-raad' }, 'delegated');
  });
  afterEach(() => bot.stop());

  it('shows the project lead every broedplaats, what needs attention first, with the figures per row', async () => {
    const result = await personalChat(bot, lead).say(lead, 'status');
    const text = cardText(result.cards[0]);
    expect(text).toContain('Overzicht broedplaatsen (4)');
    expect(order(text, ['Zuid', 'Oost', 'Midden', 'Aa'])).toEqual(['Zuid', 'Oost', 'Midden', 'Aa']);
    expect(text).toContain('bijeenkomst binnen 7 dagen, weinig toezeggingen');
    expect(text).toContain('vervolgafspraak over tijd');
    expect(text).toContain('na de intake 14 dagen stil');
    // Zuid's tally: one maybe, one open; Oost: one open follow-up, over time.
    expect(text).toContain('0 komt · 1 misschien · 0 niet · 1 open');
    // Aa's: someone comes in Vera's place.
    expect(text).toContain('1 komt · 0 misschien · 0 niet · 0 open');
    expect(text).toContain('1 open · 1 over tijd');
    expect(text).toContain('0 van 6');
    expect(text).toContain('Fase: gepland');
    expect(text).toContain('Fase: intake');
    expect(executeActions(result.cards[0]).filter((a) => a.data.verb === 'status.detail')).toHaveLength(4);
  });

  it('shows a contact only their own broedplaatsen, and refuses an outsider politely', async () => {
    const own = cardText((await personalChat(bot, carla).say(carla, 'status')).cards[0]);
    expect(own).toContain('Jouw broedplaatsen');
    expect(own).toContain('Zuid');
    expect(own).toContain('Midden');
    expect(own).not.toContain('Oost');
    expect(own).not.toContain('Aa');

    const refused = await personalChat(bot, outsider).say(outsider, 'status');
    expect(refused.cards).toHaveLength(0);
    expect(refused.texts.join(' ')).toContain('Het overzicht is er voor de projectleiding');
  });

  it('re-checks the rights on every detail action: a forged detail request for another network is refused', async () => {
    const overview = await personalChat(bot, carla).say(carla, 'status');
    const detail = executeActions(overview.cards[0]).find((a) => a.data.verb === 'status.detail')!.data;
    const mine = invokeResult(await personalChat(bot, carla).execute(carla, 'status.detail', detail));
    expect(cardText(mine.card)).toContain('Ontwikkelvraag');

    const forged = invokeResult(
      await personalChat(bot, carla).execute(carla, 'status.detail', { ...detail, broedplaatsId: oost.id }),
    );
    expect(forged.card ? cardText(forged.card) : forged.message).not.toContain('Oost');
    expect(forged.card ? cardText(forged.card) : forged.message).toContain(
      'Alleen een contactpersoon van deze broedplaats of de projectleiding',
    );
    const byOutsider = invokeResult(
      await personalChat(bot, outsider).execute(outsider, 'status.detail', {
        ...detail,
        broedplaatsId: zuid.id,
      }),
    );
    expect(byOutsider.card ? cardText(byOutsider.card) : byOutsider.message).not.toContain('Inge Inspectie');
  });

  it('`status <netwerk>` shows the question, meetings, invitees and answers, follow-ups and half-days', async () => {
    const result = await personalChat(bot, lead).say(lead, 'status zuid');
    const text = cardText(result.cards[0]);
    expect(text).toContain('Zuid');
    expect(text).toContain(zuid.question);
    expect(text).toContain('Bijeenkomst 1');
    expect(text).toContain('Inge Inspectie');
    expect(text).toContain('Olga OCW');
    expect(text).toContain('Carla Contact');
    expect(text).toContain('Dagdelen procesbegeleiding');

    const unknown = await personalChat(bot, lead).say(lead, 'status Atlantis');
    expect(unknown.texts.join(' ')).toContain('Ik vind geen broedplaats "Atlantis"');
    // A contact cannot open another network's detail by name either.
    const notHers = await personalChat(bot, carla).say(carla, 'status oost');
    expect(notHers.texts.join(' ')).toContain('Ik vind geen broedplaats "oost" die jij mag zien');
    expect(midden.id).toBeDefined();
  });

  it('lists what could not be delivered in the detail, until someone responsible marks it seen', async () => {
    await bot.store.undelivered.record(
      {
        at: '2027-03-01T09:00:00.000Z',
        purpose: 'rsvp-reminder-mail',
        broedplaatsId: aa.id,
        recipient: 'Olga OCW',
        reason: 'Graph sendMail answered 403 (ErrorAccessDenied)',
      },
      'u-1',
    );
    const flagged = cardText((await personalChat(bot, lead).say(lead, 'status')).cards[0]);
    expect(flagged).toContain('berichten niet bezorgd');
    const detail = (await personalChat(bot, piet).say(piet, 'status aa')).cards[0];
    const text = cardText(detail);
    expect(text).toContain('Niet bezorgd');
    expect(text).toContain('ma 1 mrt 2027, 10:00 · Olga OCW: de e-mail kon niet worden verstuurd');
    expect(text).not.toContain('ErrorAccessDenied');
    const seen = executeActions(detail).find((a) => a.data.verb === 'status.seen')!;
    expect(seen.title).toBe('Gezien – niet meer onder Aandacht');
    // Only someone who may see this broedplaats can mark it.
    const byCarla = invokeResult(await personalChat(bot, carla).execute(carla, 'status.seen', seen.data));
    expect(byCarla.message).toContain('Alleen een contactpersoon van deze broedplaats of de projectleiding');
    expect((await bot.store.undelivered.list(aa.id))[0]?.seenAt).toBeUndefined();

    // A message recorded after the card was shown is not marked with it.
    await bot.store.undelivered.record(
      {
        at: NOW,
        purpose: 'invitation',
        broedplaatsId: aa.id,
        recipient: 'Vera VO-raad',
        reason: '403 BotNotInConversationRoster',
      },
      'u-2',
    );
    const after = invokeResult(await personalChat(bot, piet).execute(piet, 'status.seen', seen.data));
    expect(cardText(after.card)).not.toContain('Olga OCW');
    expect(cardText(after.card)).toContain(
      'Vera VO-raad: de app is niet voor die persoon geïnstalleerd en die deelt geen team of chat met de bot',
    );
    expect((await bot.store.undelivered.list(aa.id)).map((u) => [u.recipient, u.seenAt])).toEqual([
      ['Vera VO-raad', undefined],
      ['Olga OCW', '2027-03-02T09:00:00.000Z'],
    ]);
    const again = executeActions(after.card).find((a) => a.data.verb === 'status.seen')!;
    const cleared = invokeResult(await personalChat(bot, piet).execute(piet, 'status.seen', again.data));
    expect(cardText(cleared.card)).not.toContain('Niet bezorgd');
    expect(executeActions(cleared.card).some((a) => a.data.verb === 'status.seen')).toBe(false);
    const overview = cardText((await personalChat(bot, lead).say(lead, 'status')).cards[0]);
    expect(overview).not.toContain('berichten niet bezorgd');
  });

  it.each([
    [
      'nl-NL',
      {
        '404 UserNotFound':
          'Teams vindt die persoon niet voor de bot (de app is niet voor die persoon geïnstalleerd, of het account hoort bij een andere organisatie)',
        '500 UserNotFound':
          'Teams vindt die persoon niet voor de bot (de app is niet voor die persoon geïnstalleerd, of het account hoort bij een andere organisatie)',
        '403 BotNotInConversationRoster':
          'de app is niet voor die persoon geïnstalleerd en die deelt geen team of chat met de bot',
        '403 ConversationBlockedByUser': 'die persoon heeft de bot in Teams geblokkeerd',
        '403 BotDisabledByAdmin': 'de beheerder heeft de bot voor die persoon uitgeschakeld',
        '429': 'Teams nam een tijd lang niets aan (te veel berichten tegelijk)',
        '503 ServiceUnavailable': 'Teams had een storing',
        'mail-cap:perDay':
          'e-maillimiet van vandaag bereikt; de contactpersoon kreeg de tekst om door te sturen',
        'connect ECONNREFUSED 10.0.0.1:443': 'Teams nam het bericht niet aan',
        'not found':
          'Teams vindt die persoon niet voor de bot (de app is niet voor die persoon geïnstalleerd, of het account hoort bij een andere organisatie)',
      },
    ],
    [
      'en-GB',
      {
        '404 UserNotFound':
          'Teams does not find them for the bot (the app is not installed for them, or the account belongs to another organisation)',
        '403 BotNotInConversationRoster':
          'the app is not installed for them and they share no team or chat with the bot',
        '403 ConversationBlockedByUser': 'they have blocked the bot in Teams',
        '403 BotDisabledByAdmin': 'an administrator has turned the bot off for them',
        '429': 'Teams took nothing for a while (too many messages at once)',
        '502': 'Teams had an outage',
      },
    ],
  ])(
    'says in words (%s) why a message did not reach someone, never the code Teams gave',
    async (locale, words) => {
      const reasons: [string, string][] = Object.entries(words);
      for (const [i, [reason]] of reasons.entries())
        await bot.store.undelivered.record(
          { at: NOW, purpose: 'invitation', broedplaatsId: aa.id, recipient: `Persoon ${i}`, reason },
          `u-${i}`,
        );
      const detail = await personalChat(bot, piet).say({ ...piet, locale }, 'status aa');
      const text = cardText(detail.cards[0]);
      for (const [i, [, inWords]] of reasons.entries()) expect(text).toContain(`Persoon ${i}: ${inWords}`);
      expect(text).not.toMatch(/\b(40[34]|429|50[023])\b|UserNotFound|Roster|Blocked|Disabled|ECONNREFUSED/);
    },
  );

  it('answers in English to an English client', async () => {
    const english = { ...lead, locale: 'en-US' };
    const text = cardText((await personalChat(bot, lead).say(english, 'status')).cards[0]);
    expect(text).toContain('Zuid');
    expect(text).toMatch(/broedplaatsen \(4\)/);
    expect(text).not.toContain('Volgende bijeenkomst');
  });
});

describe('status with 60 broedplaatsen', () => {
  let bot: TestBot;
  let lead: TestUser;

  beforeAll(async () => {
    lead = makeUser('Lotte Projectleider');
    bot = await startTestBot({ env: { PROJECT_LEAD_IDS: lead.aadObjectId } });
    bot.clock.set(NOW);
    const team = channel(bot, 'netwerken');
    for (let n = 1; n <= 5; n++) {
      const contact = makeUser(`Contact ${n}`);
      await givenBroedplaats(bot, contact, team, {
        network: {
          id: `n${n}`,
          name: `Netwerk ${String(n).padStart(2, '0')}`,
          kind: 'regionaal',
          schoolCount: 3,
          createdAt: NOW,
        },
      });
    }
  }, 60_000);
  afterAll(() => bot.stop());

  it('pages the overview ten at a time, reads with as many queries for 60 as for 5, and afterwards only what changed', async () => {
    const dm = personalChat(bot, lead);
    await dm.say(lead, 'status');
    const small = lastTurnStorage(bot);

    const team = channel(bot, 'netwerken');
    await Promise.all(
      Array.from({ length: 55 }, (_, i) =>
        givenBroedplaats(bot, makeUser(`Contact ${i + 6}`), team, {
          network: {
            id: `n${i + 6}`,
            name: `Netwerk ${String(i + 6).padStart(2, '0')}`,
            kind: 'regionaal',
            schoolCount: 3,
            createdAt: NOW,
          },
        }),
      ),
    );
    const first = await dm.say(lead, 'status');
    // This instance reads again only the versions and the table that changed (broedplaatsen)...
    expect(lastTurnStorage(bot).queries).toBe(2);
    // ...and one that has read nothing before reads everything, with as many queries as for 5.
    const fresh = await startOtherInstance(bot, { env: { PROJECT_LEAD_IDS: lead.aadObjectId } });
    try {
      await personalChat(fresh, lead).say(lead, 'status');
      const large = lastTurnStorage(fresh);
      expect(large.queries).toBe(small.queries);
      expect(large.reads).toBe(small.reads);
    } finally {
      await fresh.stop();
    }

    const text = cardText(first.cards[0]);
    expect(text).toContain('Overzicht broedplaatsen (60)');
    expect(text).toContain('Pagina 1 van 6');
    expect(executeActions(first.cards[0]).filter((a) => a.data.verb === 'status.detail')).toHaveLength(10);
    expect(Buffer.byteLength(JSON.stringify(first.cards[0]))).toBeLessThan(28_000);

    const next = executeActions(first.cards[0]).find((a) => a.title === 'Volgende')!;
    const page2 = invokeResult(await dm.execute(lead, 'status.page', next.data));
    expect(cardText(page2.card)).toContain('Pagina 2 van 6');
    const names = (card: unknown): string[] => cardText(card).match(/Netwerk \d\d/g) ?? [];
    expect(names(page2.card)).toHaveLength(10);
    expect(names(page2.card).some((n) => names(first.cards[0]).includes(n))).toBe(false);

    // Choosing among 60 broedplaatsen for a follow-up: a dropdown and one button, not 60 buttons.
    const choose = (await dm.say(lead, 'vervolg')).cards[0]!;
    const buttons = executeActions(choose);
    expect(buttons).toHaveLength(1);
    const dropdown = JSON.stringify(choose.body);
    expect(dropdown).toContain('Input.ChoiceSet');
    expect(dropdown.match(/Netwerk \d\d/g)).toHaveLength(60);
    const picked = (await bot.store.broedplaatsen.list()).find((b) => b.network.name === 'Netwerk 42')!;
    const form = invokeResult(
      await dm.execute(lead, 'followup.choose', { ...buttons[0]!.data, broedplaatsId: picked.id }),
    );
    expect(cardText(form.card)).toContain('Vervolgafspraak vastleggen – Netwerk 42');

    // A forged page number beyond the end shows the last page, not an error.
    const last = invokeResult(await dm.execute(lead, 'status.page', { ...next.data, page: 999 }));
    expect(cardText(last.card)).toContain('Pagina 6 van 6');
  }, 60_000);

  it('answers status again without querying the tables while nothing changed, and shows a change made through another instance', async () => {
    const dm = personalChat(bot, lead);
    const fresh = await dm.say(lead, 'status');
    const again = await dm.say(lead, 'status');
    // Only the tables' versions: nothing changed, and a configured project lead has no grants to read.
    expect(lastTurnStorage(bot).queries).toBe(1);
    expect(cardText(again.cards[0])).toBe(cardText(fresh.cards[0]));
    expect(cardText(again.cards[0])).toContain('Overzicht broedplaatsen (60)');

    const other = await startOtherInstance(bot);
    try {
      await givenBroedplaats(other, makeUser('Contact 61'), channel(other, 'netwerken'), {
        network: { id: 'n61', name: 'Netwerk 61', kind: 'regionaal', schoolCount: 3, createdAt: NOW },
      });
    } finally {
      await other.stop();
    }
    const changed = await dm.say(lead, 'status');
    expect(lastTurnStorage(bot).queries).toBeGreaterThan(0);
    expect(cardText(changed.cards[0])).toContain('Overzicht broedplaatsen (61)');
  }, 60_000);
});

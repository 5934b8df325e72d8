import { parse } from 'csv-parse/sync';
import type { Broedplaats } from '../../src/domain/broedplaats';
import { cardOf, cardText, executeActions, textOf, type ConnectorCall } from '../driver/connector';
import { channel, invokeResult, makeUser, personalChat, type TestUser } from '../driver/conversation';
import { givenBroedplaats, givenScheduledThroughCards } from '../driver/factories';
import { storedRows } from '../driver/storage';
import { startTestBot, type TestBot } from '../driver/test-bot';

/** Clock: Tuesday 2 March 2027, 10:00 Dutch time. */
const NOW = '2027-03-02T09:00:00Z';

function sentTo(bot: TestBot, user: TestUser, since = 0): ConnectorCall[] {
  return bot.connector
    .since(since)
    .filter((c) => c.conversationId === personalChat(bot, user).id && c.kind === 'send');
}

function everythingIn(calls: ConnectorCall[]): string {
  return calls.map((c) => `${textOf(c) ?? ''} ${cardOf(c) ? cardText(cardOf(c)) : ''}`).join('\n');
}

describe('follow-up agreements (vervolg)', () => {
  let bot: TestBot;
  let contact: TestUser;
  let owner: TestUser;
  let outsider: TestUser;
  let b: Broedplaats;

  beforeEach(async () => {
    bot = await startTestBot();
    bot.clock.set(NOW);
    contact = makeUser('Carla Contact');
    owner = makeUser('Olga Eigenaar');
    outsider = makeUser('Olaf Buitenstaander');
    for (const u of [contact, owner, outsider]) await personalChat(bot, u).install(u);
    b = await givenBroedplaats(bot, contact, channel(bot, 'netwerk'));
  });
  afterEach(() => bot.stop());

  async function record(values: Record<string, string>) {
    const dm = personalChat(bot, contact);
    const form = await dm.say(contact, 'vervolg');
    const submit = executeActions(form.cards[0]).find((a) => a.data.verb === 'followup.create')!.data;
    return invokeResult(await dm.execute(contact, 'followup.create', { ...submit, ...values }));
  }

  it('records an agreement, tells its owner, reminds owner and contact once when overdue, and closes it', async () => {
    const wrong = await record({ what: 'x', owner: '', ownerName: '', due: '2027-02-01' });
    expect(cardText(wrong.card)).toContain('Beschrijf de afspraak');
    expect(cardText(wrong.card)).toContain('Kies iemand in Teams of typ een naam');
    expect(cardText(wrong.card)).toContain('Kies een datum van vandaag of later');
    expect(await bot.store.followUps.listFor(b.id)).toHaveLength(0);

    const mark = bot.connector.calls.length;
    const saved = await record({
      what: 'Notitie over examenruimte naar OCW',
      owner: owner.aadObjectId,
      due: '2027-03-10',
    });
    expect(cardText(saved.card)).toContain('Notitie over examenruimte naar OCW');
    const stored = await bot.store.followUps.listFor(b.id);
    expect(stored).toMatchObject([
      {
        what: 'Notitie over examenruimte naar OCW',
        owner: { aadObjectId: owner.aadObjectId },
        due: '2027-03-10',
        status: 'open',
      },
    ]);
    expect(everythingIn(sentTo(bot, owner, mark))).toContain(
      'Carla Contact heeft deze afspraak aan jou toegewezen',
    );
    expect(everythingIn(bot.connector.since(mark))).toContain('De eigenaar heeft bericht gekregen');

    // The day before: nothing yet. After 17:00 on the due date: one reminder each to owner and contact.
    bot.clock.set('2027-03-09T12:00:00Z');
    await bot.runJobs();
    expect(sentTo(bot, owner, mark)).toHaveLength(1);
    bot.clock.set('2027-03-10T16:30:00Z');
    const beforeDue = bot.connector.calls.length;
    await bot.runJobs();
    expect(everythingIn(sentTo(bot, owner, beforeDue))).toContain('Deze afspraak is over tijd');
    expect(everythingIn(sentTo(bot, contact, beforeDue))).toContain('Deze afspraak is over tijd');
    bot.clock.set('2027-03-12T16:30:00Z');
    const after = bot.connector.calls.length;
    await bot.runJobs();
    await bot.restart();
    await bot.runJobs();
    expect(bot.connector.since(after).filter((c) => c.kind === 'send')).toHaveLength(0);
    expect((await bot.store.followUps.listFor(b.id))[0]?.remindedAt).toBeDefined();

    // Closing: an outsider cannot, dropping needs a reason, the owner can.
    const ids = { broedplaatsId: b.id, followUpId: stored[0]!.id };
    const forged = invokeResult(
      await personalChat(bot, outsider).execute(outsider, 'followup.close', { ...ids, outcome: 'done' }),
    );
    expect(forged.message ?? cardText(forged.card)).toContain(
      'Alleen de eigenaar, een contactpersoon of de projectleiding',
    );
    const noReason = invokeResult(
      await personalChat(bot, owner).execute(owner, 'followup.close', { ...ids, outcome: 'dropped' }),
    );
    expect(cardText(noReason.card)).toContain('Geef een reden');
    expect((await bot.store.followUps.listFor(b.id))[0]?.status).toBe('open');
    const dropped = invokeResult(
      await personalChat(bot, owner).execute(owner, 'followup.close', {
        ...ids,
        outcome: 'dropped',
        reason: 'OCW pakt het zelf op',
      }),
    );
    expect(cardText(dropped.card)).toContain('Deze afspraak is vervallen: OCW pakt het zelf op');
    expect(await bot.store.followUps.listFor(b.id)).toMatchObject([
      { status: 'dropped', reason: 'OCW pakt het zelf op' },
    ]);
  });

  it('records an agreement for someone outside Teams by name, and refuses an outsider', async () => {
    const saved = await record({
      what: 'Sectorraad denkt mee over pilot',
      owner: '',
      ownerName: 'VO-raad',
      due: '2027-04-01',
    });
    expect(cardText(saved.card)).toContain('VO-raad');
    expect(await bot.store.followUps.listFor(b.id)).toMatchObject([{ owner: { name: 'VO-raad' } }]);

    const refused = await personalChat(bot, outsider).say(outsider, 'vervolg');
    expect(refused.cards).toHaveLength(0);
    expect(refused.texts.join(' ')).toMatch(/contactpersoon/);
    const forged = invokeResult(
      await personalChat(bot, outsider).execute(outsider, 'followup.create', {
        broedplaatsId: b.id,
        what: 'Ingebroken afspraak',
        ownerName: 'Iemand',
        due: '2027-04-01',
      }),
    );
    expect(forged.message).toContain('Alleen een contactpersoon van deze broedplaats of de projectleiding');
    expect(await bot.store.followUps.listFor(b.id)).toHaveLength(1);
  });
});

describe('facilitator half-days (dagdeel)', () => {
  it('counts half-days against the budget of 6; the seventh needs a confirmation and is flagged to the project lead', async () => {
    const lead = makeUser('Lotte Projectleider');
    const bot = await startTestBot({ env: { PROJECT_LEAD_IDS: lead.aadObjectId } });
    try {
      bot.clock.set(NOW);
      const contact = makeUser('Carla Contact');
      for (const u of [contact, lead]) await personalChat(bot, u).install(u);
      const b = await givenBroedplaats(bot, contact, channel(bot, 'netwerk'));
      const dm = personalChat(bot, contact);
      const log = async (values: Record<string, string>) => {
        const form = await dm.say(contact, 'dagdeel');
        const submit = executeActions(form.cards[0]).find((a) => a.data.verb === 'halfday.create')!.data;
        return invokeResult(await dm.execute(contact, 'halfday.create', { ...submit, ...values }));
      };
      const future = await log({ date: '2027-03-20', what: 'Voorbereiden' });
      expect(cardText(future.card)).toContain('Kies een datum (niet in de toekomst)');
      for (let n = 1; n <= 6; n++) {
        const ok = await log({ date: '2027-03-01', what: `Sessie ${n} voorbereid` });
        expect(ok.card ? cardText(ok.card) : '').toContain(`Gebruikt: ${n} van 6 dagdelen`);
      }
      const mark = bot.connector.calls.length;
      const seventh = await log({ date: '2027-03-02', what: 'Extra gesprek met inspectie' });
      expect(cardText(seventh.card)).toContain('Dit wordt dagdeel 7, boven het budget van 6');
      expect(await bot.store.halfDays.listFor(b.id)).toHaveLength(6);
      const confirm = executeActions(seventh.card).find((a) => a.data.verb === 'halfday.create')!;
      expect(confirm.title).toBe('Ja, toch registreren');
      const done = invokeResult(
        await dm.execute(contact, 'halfday.create', {
          ...confirm.data,
          date: '2027-03-02',
          what: 'Extra gesprek met inspectie',
        }),
      );
      expect(cardText(done.card)).toContain('Gebruikt: 7 van 6 dagdelen');
      const rows = await bot.store.halfDays.listFor(b.id);
      expect(rows).toHaveLength(7);
      expect(rows.filter((h) => h.overBudget)).toHaveLength(1);
      expect(everythingIn(sentTo(bot, lead, mark))).toContain(
        'het budget voor procesbegeleiding overschreden (7 van 6',
      );
      // The overview shows it too.
      expect(cardText((await personalChat(bot, lead).say(lead, 'status')).cards[0])).toContain('7 van 6');
    } finally {
      await bot.stop();
    }
  });
});

describe('roles (rol)', () => {
  it('lets only a project lead grant and revoke roles, records every change, and the rights follow', async () => {
    const lead = makeUser('Lotte Projectleider');
    const bot = await startTestBot({ env: { PROJECT_LEAD_IDS: lead.aadObjectId } });
    try {
      bot.clock.set(NOW);
      const contact = makeUser('Carla Contact');
      const newcomer = makeUser('Nina Nieuw');
      for (const u of [contact, lead, newcomer]) await personalChat(bot, u).install(u);
      const b = await givenBroedplaats(bot, contact, channel(bot, 'netwerk'));

      const refused = await personalChat(bot, contact).say(contact, 'rol');
      expect(refused.texts.join(' ')).toContain('Rollen beheren kan alleen de projectleiding.');
      const forged = invokeResult(
        await personalChat(bot, contact).execute(contact, 'role.grant', {
          person: newcomer.aadObjectId,
          role: 'lead',
        }),
      );
      expect(forged.message).toContain('Rollen beheren kan alleen de projectleiding.');
      expect(await bot.store.roles.all()).toHaveLength(0);

      const dm = personalChat(bot, lead);
      const card = (await dm.say(lead, 'rol')).cards[0];
      expect(cardText(card)).toContain('Rollen beheren');
      // Roles that count but were not given here are listed too: not "none".
      expect(cardText(card)).toContain('Lotte Projectleider (jij): projectleiding (in de instellingen)');
      expect(cardText(card)).toContain(`Carla Contact: contactpersoon bij ${b.network.name} (uit de intake)`);
      const noBroedplaats = invokeResult(
        await dm.execute(lead, 'role.grant', {
          person: newcomer.aadObjectId,
          role: 'contact',
          broedplaatsId: '',
        }),
      );
      expect(cardText(noBroedplaats.card)).toContain('Kies de broedplaats voor deze rol.');
      expect(await bot.store.roles.all()).toHaveLength(0);

      expect((await personalChat(bot, newcomer).say(newcomer, 'status')).texts.join(' ')).toContain(
        'Het overzicht is er voor',
      );
      const granted = invokeResult(
        await dm.execute(lead, 'role.grant', {
          person: newcomer.aadObjectId,
          role: 'contact',
          broedplaatsId: b.id,
        }),
      );
      expect(cardText(granted.card)).toContain(`Nina Nieuw is nu contactpersoon bij ${b.network.name}.`);
      expect(await bot.store.roles.all()).toMatchObject([
        { role: 'contact', broedplaatsId: b.id, aadObjectId: newcomer.aadObjectId },
      ]);
      expect(cardText((await personalChat(bot, newcomer).say(newcomer, 'status')).cards[0])).toContain(
        b.network.name,
      );

      const revoked = invokeResult(
        await dm.execute(lead, 'role.revoke', {
          person: newcomer.aadObjectId,
          role: 'contact',
          broedplaatsId: b.id,
        }),
      );
      expect(cardText(revoked.card)).toContain(
        `Nina Nieuw is geen contactpersoon bij ${b.network.name} meer.`,
      );
      expect(await bot.store.roles.all()).toHaveLength(0);
      expect((await personalChat(bot, newcomer).say(newcomer, 'status')).texts.join(' ')).toContain(
        'Het overzicht is er voor',
      );

      const log = await bot.store.roles.changesLog();
      expect(log.map((c) => [c.action, c.by.aadObjectId, c.target.aadObjectId, c.at])).toEqual(
        expect.arrayContaining([
          ['grant', lead.aadObjectId, newcomer.aadObjectId, expect.any(String)],
          ['revoke', lead.aadObjectId, newcomer.aadObjectId, expect.any(String)],
        ]),
      );
      expect(log).toHaveLength(2);
      expect(cardText(revoked.card)).toContain('Lotte Projectleider gaf Nina Nieuw contactpersoon');
      expect(cardText(revoked.card)).toContain('Lotte Projectleider ontnam Nina Nieuw contactpersoon');
    } finally {
      await bot.stop();
    }
  });
});

describe('the research export and one’s own data', () => {
  let bot: TestBot;
  let lead: TestUser;
  let contact: TestUser;
  let invitee: TestUser;
  let b: Broedplaats;

  beforeEach(async () => {
    lead = makeUser('Lotte Projectleider');
    bot = await startTestBot({ env: { PROJECT_LEAD_IDS: lead.aadObjectId } });
    bot.clock.set(NOW);
    contact = makeUser('Carla Contactpersoon');
    invitee = makeUser('Irene Inspecteur');
    bot.connector.members.set(invitee.id, {
      email: 'irene.inspecteur@inspectie.example',
      name: invitee.name,
      aadObjectId: invitee.aadObjectId,
    });
    for (const u of [contact, lead, invitee]) await personalChat(bot, u).install(u);
    const team = channel(bot, 'netwerk');
    await team.say(contact, 'hulp');
    b = await givenBroedplaats(bot, contact, team);
    await givenScheduledThroughCards(bot, team, contact, b, {
      date: '2027-03-16',
      start: '14:00',
      end: '16:00',
    });
    const dm = personalChat(bot, contact);
    const form = await dm.say(contact, 'uitnodigen');
    const submit = executeActions(form.cards[0]).find((a) => a.data.verb === 'invite.create')!.data;
    await dm.execute(contact, 'invite.create', {
      ...submit,
      people: invitee.aadObjectId,
      peopleCategory: 'inspectie',
    });
    const invitation = cardOf(sentTo(bot, invitee).pop()!);
    const yes = executeActions(invitation).find((a) => a.title === 'Ik kom')!.data;
    await personalChat(bot, invitee).execute(invitee, 'rsvp.answer', yes);
  });
  afterEach(() => bot.stop());

  async function download(url: string): Promise<{ status: number; body: string; type: string | null }> {
    const res = await fetch(url.replace('https://broedplaats.test', bot.url));
    return { status: res.status, body: await res.text(), type: res.headers.get('content-type') };
  }

  it('gives the project lead signed, short-lived CSV links with every participant pseudonymised', async () => {
    const refused = await personalChat(bot, contact).say(contact, 'export');
    expect(refused.texts.join(' ')).toContain('alleen voor de projectleiding');
    expect(refused.cards).toHaveLength(0);

    const card = (await personalChat(bot, lead).say(lead, 'export')).cards[0]!;
    const links = (card.actions as { type: string; title: string; url: string }[]).filter(
      (a) => a.type === 'Action.OpenUrl',
    );
    expect(links.map((l) => l.title)).toHaveLength(5);

    const files = await Promise.all(links.map((l) => download(l.url)));
    for (const f of files) {
      expect(f.status).toBe(200);
      expect(f.type).toContain('text/csv');
      for (const personal of [
        contact.name,
        invitee.name,
        lead.name,
        contact.aadObjectId,
        invitee.aadObjectId,
        'irene.inspecteur',
      ]) {
        expect(f.body).not.toContain(personal);
      }
    }
    const [broedplaatsen, meetings, rsvps] = files.map(
      (f) => parse(f.body, { columns: true, bom: true, delimiter: ';' }) as Record<string, string>[],
    );
    expect(broedplaatsen).toMatchObject([
      {
        network: b.network.name,
        question: b.question,
        theme: 'examinering',
        contacts: expect.stringMatching(/^P-[0-9a-f]{12}$/),
      },
    ]);
    expect(meetings).toMatchObject([
      { number: '1', status: 'scheduled', start: '2027-03-16T14:00:00+01:00' },
    ]);
    expect(rsvps).toMatchObject([
      { category: 'inspectie', answer: 'accepted', invitee: expect.stringMatching(/^P-/) },
    ]);
    expect(rsvps?.[0]?.invitee).not.toBe(broedplaatsen?.[0]?.contacts);

    // Tampered, expired, or no longer a project lead: no file.
    const url = links[0]!.url;
    expect((await download(url.slice(0, -3) + (url.endsWith('AAA') ? 'BBB' : 'AAA'))).status).toBe(404);
    bot.clock.set('2027-03-02T10:30:00Z');
    expect((await download(url)).status).toBe(410);
  });

  it('refuses a link of someone who is no longer a project lead', async () => {
    const deputy = makeUser('Daan Plaatsvervanger');
    await personalChat(bot, deputy).install(deputy);
    await personalChat(bot, lead).execute(lead, 'role.grant', { person: deputy.aadObjectId, role: 'lead' });
    const card = (await personalChat(bot, deputy).say(deputy, 'export')).cards[0]!;
    const url = (card.actions as { type: string; url: string }[]).find(
      (a) => a.type === 'Action.OpenUrl',
    )!.url;
    expect((await download(url)).status).toBe(200);
    await personalChat(bot, lead).execute(lead, 'role.revoke', { person: deputy.aadObjectId, role: 'lead' });
    expect((await download(url)).status).toBe(403);
  });

  it('keeps a broedplaats working for everyone after its facilitator had their data removed', async () => {
    const facilitator = makeUser('Fenna Facilitator');
    bot.connector.members.set(facilitator.id, {
      email: 'fenna@begeleiding.example',
      name: facilitator.name,
      aadObjectId: facilitator.aadObjectId,
    });
    await personalChat(bot, facilitator).install(facilitator);
    const own = await givenBroedplaats(bot, contact, personalChat(bot, contact), {
      facilitator: {
        chosen: true,
        name: facilitator.name,
        email: 'fenna@begeleiding.example',
        aadObjectId: facilitator.aadObjectId,
      },
    });
    const dm = personalChat(bot, facilitator);
    const ask = (await dm.say(facilitator, 'verwijder mijn gegevens')).cards[0];
    const remove = executeActions(ask).find((x) => x.data.verb === 'privacy.delete')!.data;
    expect(cardText(invokeResult(await dm.execute(facilitator, 'privacy.delete', remove)).card)).toContain(
      'Je gegevens zijn verwijderd of gepseudonimiseerd',
    );

    const after = (await storedRows(bot)).toLowerCase();
    for (const personal of [facilitator.aadObjectId, facilitator.name, 'fenna@begeleiding.example'])
      expect(after).not.toContain(personal.toLowerCase());
    const stored = (await bot.store.broedplaatsen.get(own.id))?.value;
    expect(stored?.facilitator).toMatchObject({ chosen: true, email: '' });
    // Everyone's overview still reads every broedplaats, this one included.
    const overview = await personalChat(bot, lead).say(lead, 'status');
    expect(cardText(overview.cards[0])).toContain(own.network.name);
    expect(overview.texts.join(' ')).not.toContain('Er ging iets mis');
    const mine = await personalChat(bot, contact).say(contact, 'status');
    expect(cardText(mine.cards[0])).toContain(own.network.name);
  });

  it('shows what is stored about the asker, and after a confirmation leaves no personal field of theirs behind', async () => {
    const dm = personalChat(bot, invitee);
    const mine = cardText((await dm.say(invitee, 'mijn gegevens')).cards[0]);
    expect(mine).toContain('Je persoonlijke gesprek met de bot');
    expect(mine).toMatch(/Uitnodigingen aan jou[*·\s]+- bijeenkomst 1 van .* — je antwoord: ik kom/);

    const ask = (await dm.say(invitee, 'verwijder mijn gegevens')).cards[0];
    const buttons = executeActions(ask);
    const before = await storedRows(bot);
    const kept = invokeResult(
      await dm.execute(invitee, 'privacy.keep', buttons.find((x) => x.data.verb === 'privacy.keep')!.data),
    );
    expect(cardText(kept.card)).toContain('Er is niets verwijderd');
    expect(await storedRows(bot)).toContain(invitee.aadObjectId);
    expect(before).toContain(invitee.name);

    const done = invokeResult(
      await dm.execute(
        invitee,
        'privacy.delete',
        buttons.find((x) => x.data.verb === 'privacy.delete')!.data,
      ),
    );
    expect(cardText(done.card)).toContain('Je gegevens zijn verwijderd of gepseudonimiseerd');

    const after = await storedRows(bot);
    for (const personal of [
      invitee.aadObjectId,
      invitee.id,
      invitee.name,
      'irene.inspecteur@inspectie.example',
    ]) {
      expect(after.toLowerCase()).not.toContain(personal.toLowerCase());
    }
    // The research record stays: the answer still counts, under a pseudonym; others' data is untouched.
    const rsvps = await bot.store.invitations.listAllRsvps();
    expect(rsvps).toMatchObject([{ answer: 'accepted', by: { aadObjectId: expect.stringMatching(/^P-/) } }]);
    expect(after).toContain(contact.aadObjectId);
    expect(after).toContain(contact.name);
    expect((await bot.store.broedplaatsen.get(b.id))?.value.contacts).toEqual(b.contacts);

    // And the export names them by the same pseudonym as before.
    const card = (await personalChat(bot, lead).say(lead, 'export')).cards[0]!;
    const rsvpUrl = (card.actions as { type: string; url: string }[]).filter(
      (a) => a.type === 'Action.OpenUrl',
    )[2]!.url;
    const rows = parse((await download(rsvpUrl)).body, {
      columns: true,
      bom: true,
      delimiter: ';',
    }) as Record<string, string>[];
    expect(rows[0]!.invitee).toMatch(/^P-[0-9a-f]{12}$/);
  });
});

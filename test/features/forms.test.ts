// Forms a school leader fills in alone: every button is heard, the bot says what is wrong next to it, nothing typed is
// lost, and no choice is made for the user that they did not make.
import type { Broedplaats } from '../../src/domain/broedplaats';
import { cardText, executeActions, inputsOf, shownValues } from '../driver/connector';
import {
  channel,
  invokeResult,
  makeUser,
  personalChat,
  type TestConversation,
  type TestUser,
} from '../driver/conversation';
import { givenBroedplaats, givenFollowUp, givenMeeting } from '../driver/factories';
import { startTestBot, type TestBot } from '../driver/test-bot';

/** Clock: Tuesday 2 March 2027, 10:00 Dutch time. */
const NOW = '2027-03-02T09:00:00Z';

/** The data of the card's button that sends `verb`. */
function submitOf(card: unknown, verb: string): Record<string, unknown> {
  const found = executeActions(card).find((a) => a.data.verb === verb);
  if (!found) throw new Error(`No ${verb} button on card:\n${cardText(card)}`);
  return found.data;
}

/** The body elements of a card, top to bottom. */
function bodyOf(card: unknown): Record<string, unknown>[] {
  return ((card as { body?: Record<string, unknown>[] }).body ?? []).filter(Boolean);
}

/** The text of the row container on the invite form labelled `label` ("Persoon 1"). */
function rowText(card: unknown, label: string): string {
  const row = bodyOf(card).find(
    (e) =>
      e.type === 'Container' &&
      ((e.items as { text?: string }[] | undefined) ?? []).some((i) => i.text === label),
  );
  if (!row) throw new Error(`No row ${label} on card:\n${cardText(card)}`);
  return cardText(row);
}

/** The text just above a card's buttons (its last body elements that are text). */
function textAtButtons(card: unknown): string[] {
  const body = bodyOf(card);
  const out: string[] = [];
  for (let i = body.length - 1; i >= 0 && body[i]?.type === 'TextBlock'; i--)
    out.unshift(String(body[i]?.text));
  return out;
}

describe('forms a school leader fills in alone', () => {
  let bot: TestBot;
  let contact: TestUser;
  let dm: TestConversation;
  let b: Broedplaats;

  beforeEach(async () => {
    bot = await startTestBot();
    bot.clock.set(NOW);
    contact = makeUser('Carla Contact');
    dm = personalChat(bot, contact);
    await dm.install(contact);
    b = await givenBroedplaats(bot, contact, channel(bot, 'netwerk'));
  });
  afterEach(() => bot.stop());

  it('plan: a moment in the past reaches the bot, which says so on the form with everything typed kept', async () => {
    const form = (await dm.say(contact, 'plan')).cards[0];
    expect(inputsOf(form).date1).not.toHaveProperty('min');
    const typed = {
      purpose: 'Eerste verkenning van de examenregels',
      location: 'Montessori Lyceum, Amsterdam',
      date1: '2027-03-01',
      start1: '14:00',
      end1: '16:00',
      date2: '2027-03-16',
      start2: '14:00',
      end2: '16:00',
    };
    const result = invokeResult(
      await dm.execute(contact, 'plan.create', {
        ...shownValues(form),
        ...typed,
        ...submitOf(form, 'plan.create'),
      }),
    );
    expect(cardText(result.card)).toContain('Moment 1 ligt in het verleden.');
    expect(shownValues(result.card)).toMatchObject(typed);
    expect(await bot.store.meetings.listFor(b.id)).toHaveLength(0);
  });

  it('dagdeel: a date in the future reaches the bot, which says so on the form with everything typed kept', async () => {
    const form = (await dm.say(contact, 'dagdeel')).cards[0];
    expect(inputsOf(form).date).not.toHaveProperty('max');
    const typed = { date: '2027-03-03', what: 'Voorbereiding tweede bijeenkomst' };
    const result = invokeResult(
      await dm.execute(contact, 'halfday.create', { ...submitOf(form, 'halfday.create'), ...typed }),
    );
    expect(cardText(result.card)).toContain('Kies een datum (niet in de toekomst).');
    expect(shownValues(result.card)).toMatchObject(typed);
    expect(await bot.store.halfDays.listFor(b.id)).toHaveLength(0);
  });

  it('dagdeel: in English, the same message in English', async () => {
    const lead = makeUser('Emma English', { locale: 'en-GB' });
    const en = personalChat(bot, lead);
    await en.install(lead);
    const own = await givenBroedplaats(bot, lead, channel(bot, 'network'));
    const form = (await en.say(lead, 'dagdeel')).cards[0];
    const typed = { date: '2027-03-09', what: 'Preparing the second meeting' };
    const result = invokeResult(
      await en.execute(lead, 'halfday.create', { ...submitOf(form, 'halfday.create'), ...typed }),
    );
    expect(cardText(result.card)).toContain('Please pick a date (not in the future).');
    expect(shownValues(result.card)).toMatchObject(typed);
    expect(await bot.store.halfDays.listFor(own.id)).toHaveLength(0);
  });

  it('vervolg: a too long reason to drop an agreement is refused with the reason kept', async () => {
    const f = await givenFollowUp(bot, b, 'Notitie over examenruimte naar OCW', '2027-03-20');
    const reason = `OCW pakt het zelf op. ${'Toelichting. '.repeat(30)}`;
    const result = invokeResult(
      await dm.execute(contact, 'followup.close', {
        verb: 'followup.close',
        broedplaatsId: b.id,
        followUpId: f.id,
        outcome: 'dropped',
        reason,
      }),
    );
    expect(cardText(result.card)).toContain('De reden is te lang (hoogstens 300 tekens).');
    expect(inputsOf(result.card).reason?.value).toBe(reason);
    expect((await bot.store.followUps.get(b.id, f.id))?.value.status).toBe('open');
  });

  describe('uitnodigen', () => {
    beforeEach(async () => {
      await givenMeeting(bot, b, { start: '2027-03-16T13:00:00Z', end: '2027-03-16T15:30:00Z' });
    });

    it('chooses no party for anyone: a row left without one is refused by that row and at the button, values kept', async () => {
      const form = (await dm.say(contact, 'uitnodigen')).cards[0];
      for (const id of ['peopleCategory', 'category1', 'category2', 'category3']) {
        expect(inputsOf(form)[id]).toMatchObject({ value: '', placeholder: 'Kies een partij' });
      }
      const typed = {
        name1: 'Rob Researcher',
        organisation1: 'Universiteit Utrecht',
        email1: 'rob@uu.example',
        name2: 'Ilse Inspectie',
        category2: 'inspectie',
      };
      // As Teams sends it: what the form shows, with what the user typed and chose.
      const refused = invokeResult(
        await dm.execute(contact, 'invite.create', {
          ...shownValues(form),
          ...typed,
          ...submitOf(form, 'invite.create'),
        }),
      );
      expect(rowText(refused.card, 'Persoon 1')).toContain('Persoon 1: kies een partij.');
      expect(rowText(refused.card, 'Persoon 2')).not.toContain('kies een partij');
      expect(textAtButtons(refused.card)).toEqual(['Persoon 1: kies een partij.']);
      expect(shownValues(refused.card)).toMatchObject(typed);
      expect(
        await bot.store.invitations.listFor((await bot.store.meetings.listFor(b.id))[0]!.id),
      ).toHaveLength(0);

      const sent = invokeResult(
        await dm.execute(contact, 'invite.create', {
          ...shownValues(refused.card),
          category1: 'onderzoek',
          ...submitOf(refused.card, 'invite.create'),
        }),
      );
      expect(cardText(sent.card)).toContain('Rob Researcher');
      const stored = await bot.store.invitations.listFor((await bot.store.meetings.listFor(b.id))[0]!.id);
      expect(stored.map((i) => [i.invitee.name, i.invitee.category]).sort()).toEqual([
        ['Ilse Inspectie', 'inspectie'],
        ['Rob Researcher', 'onderzoek'],
      ]);
    });

    it('refuses people picked in Teams without their party, saying so under the party, the picked kept', async () => {
      const guest = makeUser('Olivier OCW');
      await personalChat(bot, guest).install(guest);
      const form = (await dm.say(contact, 'uitnodigen')).cards[0];
      const refused = invokeResult(
        await dm.execute(contact, 'invite.create', {
          ...shownValues(form),
          people: guest.aadObjectId,
          ...submitOf(form, 'invite.create'),
        }),
      );
      const body = bodyOf(refused.card);
      const party = body.findIndex((e) => e.id === 'peopleCategory');
      expect(body[party + 1]).toMatchObject({
        type: 'TextBlock',
        text: 'Kies namens welke partij de gekozen mensen komen.',
      });
      expect(textAtButtons(refused.card)).toEqual(['Kies namens welke partij de gekozen mensen komen.']);
      expect(inputsOf(refused.card).people?.value).toBe(guest.aadObjectId);
    });

    it('offers "Choose a party" in English', async () => {
      const lead = makeUser('Emma English', { locale: 'en-GB' });
      const en = personalChat(bot, lead);
      await en.install(lead);
      const own = await givenBroedplaats(bot, lead, channel(bot, 'network'));
      await givenMeeting(bot, own, { start: '2027-03-16T13:00:00Z', end: '2027-03-16T15:30:00Z' });
      const form = (await en.say(lead, 'invite')).cards[0];
      expect(inputsOf(form).category1).toMatchObject({ value: '', placeholder: 'Choose a party' });
    });
  });
});

describe('roles (rol): no role is chosen for the project lead', () => {
  it('refuses a grant without a role, grants nothing, and keeps the person and broedplaats chosen', async () => {
    const lead = makeUser('Lotte Projectleider');
    const bot = await startTestBot({ env: { PROJECT_LEAD_IDS: lead.aadObjectId } });
    try {
      bot.clock.set(NOW);
      const contact = makeUser('Carla Contact');
      const newcomer = makeUser('Nina Nieuw');
      for (const u of [contact, lead, newcomer]) await personalChat(bot, u).install(u);
      const b = await givenBroedplaats(bot, contact, channel(bot, 'netwerk'));
      const dm = personalChat(bot, lead);
      const card = (await dm.say(lead, 'rol')).cards[0];
      expect(inputsOf(card).role?.value).toBe('');
      const chosen = { person: newcomer.aadObjectId, broedplaatsId: b.id };
      const refused = invokeResult(
        await dm.execute(lead, 'role.grant', {
          ...shownValues(card),
          ...chosen,
          ...submitOf(card, 'role.grant'),
        }),
      );
      expect(cardText(refused.card)).toContain('Kies een rol.');
      expect(shownValues(refused.card)).toMatchObject(chosen);
      expect(await bot.store.roles.all()).toHaveLength(0);
    } finally {
      await bot.stop();
    }
  });
});

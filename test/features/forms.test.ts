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
import { givenBroedplaats, givenFollowUp } from '../driver/factories';
import { startTestBot, type TestBot } from '../driver/test-bot';

/** Clock: Tuesday 2 March 2027, 10:00 Dutch time. */
const NOW = '2027-03-02T09:00:00Z';

/** The data of the card's button that sends `verb`. */
function submitOf(card: unknown, verb: string): Record<string, unknown> {
  const found = executeActions(card).find((a) => a.data.verb === verb);
  if (!found) throw new Error(`No ${verb} button on card:\n${cardText(card)}`);
  return found.data;
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

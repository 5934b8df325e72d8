// The research export as a researcher opens it: one pseudonym per person in every file (an invitee who also owns
// follow-ups by name is one person), known names replaced in free text, and columns that Dutch Excel splits (";").
import { parse } from 'csv-parse/sync';
import { cardOf } from '../driver/connector';
import { channel, makeUser, personalChat } from '../driver/conversation';
import { givenBroedplaats, givenFollowUp, givenInvitation, givenMeeting } from '../driver/factories';
import { startTestBot, type TestBot } from '../driver/test-bot';

describe('the research export', () => {
  let bot: TestBot;
  afterAll(() => bot.stop());

  it('links one person’s records by one pseudonym and names no known participant in free text', async () => {
    const lead = makeUser('Lotte Projectleider');
    bot = await startTestBot({ env: { PROJECT_LEAD_IDS: lead.aadObjectId } });
    bot.clock.set('2027-03-02T09:00:00Z');
    const contact = makeUser('Carla Contact');
    const irene = makeUser('Irene Inspecteur');
    const b = await givenBroedplaats(bot, contact, channel(bot, 'netwerk'), {
      tried: 'Carla Contact heeft met Irene Inspecteur gesproken.',
    });
    const m = await givenMeeting(bot, b, { start: '2027-03-16T13:00:00Z', end: '2027-03-16T15:00:00Z' });
    await givenInvitation(bot, m, { name: irene.name, aadObjectId: irene.aadObjectId }, 'accepted');
    await givenFollowUp(bot, b, 'Irene vraagt de inspectie om uitleg', '2027-04-01', {
      name: 'Irene Inspecteur',
    });
    await givenFollowUp(bot, b, 'irene inspecteur belt OCW', '2027-04-08', { name: 'irene  inspecteur' });

    await personalChat(bot, lead).say(lead, 'export');
    const card = cardOf(bot.connector.calls.at(-1)!)!;
    expect(JSON.stringify(card)).toContain('lees de vrije tekst na voor je hem deelt');
    const urls = (card.actions as { type: string; url: string }[])
      .filter((a) => a.type === 'Action.OpenUrl')
      .map((a) => a.url.replace('https://broedplaats.test', bot.url));
    const [broedplaatsen, , rsvps, followups] = await Promise.all(
      urls.map(async (u) => (await fetch(u)).text()),
    );
    const rows = (text: string) =>
      parse(text, { columns: true, bom: true, delimiter: ';' }) as Record<string, string>[];

    // The header opens in columns in Dutch Excel: ";" between them, no comma-separated line.
    expect(rsvps!.replace('\uFEFF', '').split('\r\n')[0] ?? rsvps!.split('\n')[0]).toMatch(
      /^broedplaats_id;network;/,
    );
    const invitee = rows(rsvps!)[0]!.invitee!;
    expect(invitee).toMatch(/^P-[0-9a-f]{12}$/);
    const owned = rows(followups!);
    expect(owned.map((f) => f.owner)).toEqual([invitee, invitee]);
    expect(owned.map((f) => f.what).sort()).toEqual(
      [`${invitee} vraagt de inspectie om uitleg`, `${invitee} belt OCW`].sort(),
    );
    const tried = rows(broedplaatsen!)[0]!.tried!;
    expect(tried).toMatch(/^P-[0-9a-f]{12} heeft met P-[0-9a-f]{12} gesproken\.$/);
    expect(tried).toContain(invitee);
    for (const file of [broedplaatsen!, rsvps!, followups!])
      for (const name of ['Irene', 'Carla', 'irene', 'Inspecteur']) expect(file).not.toContain(name);
  });
});

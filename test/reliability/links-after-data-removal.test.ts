// The attack of a personal link kept after its owner removed their data (`verwijder mijn gegevens`): the answer link
// and the reflection link of that person open nothing (410) and store nothing, in both languages.
import { rsvpToken } from '../../src/features/invitations/links';
import { reflectionToken } from '../../src/features/reflection/links';
import { linkKey, type ReflectionPrompt } from '../../src/domain/reflection';
import { Browser } from '../driver/browser';
import { executeActions } from '../driver/connector';
import { channel, makeUser, personalChat } from '../driver/conversation';
import { givenBroedplaats, givenInvitation, givenMeeting } from '../driver/factories';
import { domainRows } from '../driver/storage';
import { LINK_SECRET, startTestBot, type TestBot } from '../driver/test-bot';

describe('personal links of someone who removed their data', () => {
  let bot: TestBot;
  afterAll(() => bot.stop());

  it('answer 410 with a plain explanation and store nothing, for the answer and the reflection link', async () => {
    bot = await startTestBot({ env: { REFLECTION_DELAY_MINUTES: '0' } });
    bot.clock.set('2027-03-02T09:00:00Z');
    const contact = makeUser('Carla Contact');
    const irene = makeUser('Irene Inspecteur');
    bot.connector.members.set(irene.id, {
      email: 'irene@inspectie.example',
      name: irene.name,
      aadObjectId: irene.aadObjectId,
    });
    await personalChat(bot, irene).install(irene);
    const b = await givenBroedplaats(bot, contact, channel(bot, 'netwerk'));
    const m = await givenMeeting(bot, b, { start: '2027-03-01T13:00:00Z', end: '2027-03-01T15:00:00Z' });
    const upcoming = await givenMeeting(bot, b, {
      start: '2027-04-16T12:00:00Z',
      end: '2027-04-16T14:00:00Z',
    });
    // Invited by e-mail to the next meeting, and asked by link to reflect on the last one.
    const inv = await givenInvitation(bot, upcoming, { name: irene.name, email: 'irene@inspectie.example' });
    const past = await givenInvitation(
      bot,
      m,
      { name: irene.name, email: 'irene@inspectie.example' },
      'accepted',
    );
    const prompt: ReflectionPrompt = {
      meetingId: m.id,
      broedplaatsId: b.id,
      participant: { aadObjectId: linkKey({ invitationId: past.id }), name: irene.name, role: 'invitee' },
      sentAt: bot.clock.now().toISOString(),
      via: 'link',
    };
    await bot.store.reflections.recordPrompt(prompt);
    const answerPath = `/rsvp/${rsvpToken(LINK_SECRET, inv)}?lang=nl`;
    const reflectPath = `/reflect/${reflectionToken(LINK_SECRET, prompt)}?lang=en`;
    // The pages as they were opened before: their forms (and CSRF tokens) are what a kept tab would post.
    const csrfOf = (html: string) => /name="csrf" value="([^"]+)"/.exec(html)![1]!;
    const answering = new Browser(bot.url);
    const reflecting = new Browser(bot.url);
    const answerCsrf = csrfOf((await answering.get(answerPath)).html);
    const reflectCsrf = csrfOf((await reflecting.get(reflectPath)).html);

    const dm = personalChat(bot, irene);
    const ask = (await dm.say(irene, 'verwijder mijn gegevens')).cards[0];
    await dm.execute(
      irene,
      'privacy.delete',
      executeActions(ask).find((x) => x.data.verb === 'privacy.delete')!.data,
    );
    const before = await domainRows(bot);

    const posted = await answering.post(answerPath, { answer: 'accepted', csrf: answerCsrf });
    expect(posted.status).toBe(410);
    const reflected = await reflecting.post(reflectPath, {
      usefulness: '5',
      systemValue: '5',
      csrf: reflectCsrf,
    });
    expect(reflected.status).toBe(410);
    const answerPage = await answering.get(answerPath);
    expect(answerPage.status).toBe(410);
    expect(answerPage.html).toContain('de gegevens van wie hij voor was, zijn op hun verzoek verwijderd');
    const reflectPage = await reflecting.get(reflectPath);
    expect(reflectPage.status).toBe(410);
    expect(reflectPage.html).toContain('the data of the person it was for were removed at their request');
    expect(await domainRows(bot)).toBe(before);
  });
});

describe('a post to a changed personal link', () => {
  let bot: TestBot;
  afterAll(() => bot.stop());

  it('is told the link does not work (not that the page was old), on the answer and the reflection page', async () => {
    bot = await startTestBot();
    bot.clock.set('2027-03-02T09:00:00Z');
    const b = await givenBroedplaats(bot, makeUser('Carla Contact'), channel(bot, 'netwerk'));
    const m = await givenMeeting(bot, b, { start: '2027-04-16T12:00:00Z', end: '2027-04-16T14:00:00Z' });
    const inv = await givenInvitation(bot, m, { name: 'Rob Researcher', email: 'rob@uu.example' });
    const token = rsvpToken(LINK_SECRET, inv);
    const tampered = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    for (const path of [`/rsvp/${tampered}?lang=nl`, `/reflect/${tampered}?lang=nl`]) {
      const posted = await new Browser(bot.url).post(path, { answer: 'accepted', csrf: 'x' });
      expect([path, posted.status]).toEqual([path, 404]);
      expect(posted.html).toContain('Deze link werkt niet');
      expect(posted.html).not.toContain('verouderd');
    }
    expect(await bot.store.invitations.rsvpsOf(m.id)).toEqual([]);
  });
});

// The calendar file speaks the language of whoever follows the link: Dutch by default, English with ?lang=en, as the
// English poll card and pages link to it.
import { signLink } from '../../src/web/signed-links';
import { channel, makeUser } from '../driver/conversation';
import { givenBroedplaats, givenMeeting } from '../driver/factories';
import { LINK_SECRET, startTestBot, type TestBot } from '../driver/test-bot';

describe('the calendar file of a meeting', () => {
  let bot: TestBot;
  afterAll(() => bot.stop());

  it('is Dutch by default and English behind the English link', async () => {
    bot = await startTestBot();
    bot.clock.set('2027-03-02T09:00:00Z');
    const b = await givenBroedplaats(bot, makeUser('Carla Contact'), channel(bot, 'netwerk'));
    const m = await givenMeeting(bot, b, { start: '2027-03-16T13:00:00Z', end: '2027-03-16T15:30:00Z' });
    const token = signLink(LINK_SECRET, { kind: 'ics', ids: [b.id, m.id], exp: 2_000_000_000 });
    const nl = await fetch(`${bot.url}/api/calendar/${token}`);
    const nlText = await nl.text();
    expect(nlText).toContain(`SUMMARY:Broedplaats ${b.network.name}: bijeenkomst ${m.number}`);
    expect(nlText).toContain('Ontwikkelvraag:');
    expect(nl.headers.get('content-disposition')).toContain('broedplaats-bijeenkomst-1.ics');
    const en = await fetch(`${bot.url}/api/calendar/${token}?lang=en`);
    const enText = await en.text();
    expect(enText).toContain(`SUMMARY:Broedplaats ${b.network.name}: meeting ${m.number}`);
    expect(enText).toContain('Development question:');
    expect(en.headers.get('content-disposition')).toContain('broedplaats-meeting-1.ics');
  });
});

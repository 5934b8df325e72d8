// A delegate refused on the invitation card (a wrong e-mail address) keeps what the invitee typed, with the part
// for the delegate open, so nothing has to be typed again.
import { channel, invokeResult, makeUser, personalChat } from '../driver/conversation';
import { givenBroedplaats, givenInvitation, givenMeeting } from '../driver/factories';
import { startTestBot, type TestBot } from '../driver/test-bot';

function element(card: unknown, id: string): Record<string, unknown> | undefined {
  let found: Record<string, unknown> | undefined;
  const walk = (o: unknown): void => {
    if (found || !o || typeof o !== 'object') return;
    if (Array.isArray(o)) return o.forEach(walk);
    const e = o as Record<string, unknown>;
    if (e.id === id) found = e;
    else Object.values(e).forEach(walk);
  };
  walk(card);
  return found;
}

describe('sending a delegate from the invitation card', () => {
  let bot: TestBot;
  afterAll(() => bot.stop());

  it('keeps the typed name and address, and the delegate part open, when the address is wrong', async () => {
    bot = await startTestBot();
    bot.clock.set('2027-03-02T09:00:00Z');
    const irene = makeUser('Irene Inspecteur');
    const b = await givenBroedplaats(bot, makeUser('Carla Contact'), channel(bot, 'netwerk'));
    const m = await givenMeeting(bot, b, { start: '2027-03-16T13:00:00Z', end: '2027-03-16T15:00:00Z' });
    const inv = await givenInvitation(bot, m, { name: irene.name, aadObjectId: irene.aadObjectId });
    const result = invokeResult(
      await personalChat(bot, irene).execute(irene, 'rsvp.answer', {
        broedplaatsId: b.id,
        meetingId: m.id,
        invitationId: inv.id,
        answer: 'delegated',
        delegateName: 'Dirk de Vervanger',
        delegateEmail: 'dirk-at-example',
      }),
    );
    expect(JSON.stringify(result.card)).toContain('Het e-mailadres van wie je stuurt klopt niet.');
    expect(element(result.card, 'delegate')?.isVisible).toBe(true);
    expect(element(result.card, 'delegateName')?.value).toBe('Dirk de Vervanger');
    expect(element(result.card, 'delegateEmail')?.value).toBe('dirk-at-example');
    expect(await bot.store.invitations.rsvpsOf(m.id)).toEqual([]);
  });
});

// The attack of a card refresh with someone else's invitation ids (they are in the card data of any invitation card):
// an outsider gets no other person's invitation card, only a short answer; the invitee and the contact still do.
import { cardText } from '../driver/connector';
import { channel, invokeResult, makeUser, personalChat } from '../driver/conversation';
import { givenBroedplaats, givenInvitation, givenMeeting } from '../driver/factories';
import { startTestBot, type TestBot } from '../driver/test-bot';

describe('refreshing an invitation card with another person’s invitation ids', () => {
  let bot: TestBot;
  afterAll(() => bot.stop());

  it('shows the card to the invitee and a contact, and to an outsider only that it is unknown', async () => {
    bot = await startTestBot();
    bot.clock.set('2027-03-02T09:00:00Z');
    const contact = makeUser('Carla Contact');
    const irene = makeUser('Irene Inspecteur');
    const outsider = makeUser('Otto Outsider');
    const b = await givenBroedplaats(bot, contact, channel(bot, 'netwerk'));
    const m = await givenMeeting(bot, b, { start: '2027-04-16T12:00:00Z', end: '2027-04-16T14:00:00Z' });
    const inv = await givenInvitation(bot, m, { name: irene.name, aadObjectId: irene.aadObjectId });
    await bot.store.invitations.update(m.id, inv.id, (i) => ({
      ...i,
      delivery: { via: '1:1', conversationId: personalChat(bot, irene).id, messageId: 'inv-msg' },
    }));
    const ids = { verb: 'rsvp.refresh', broedplaatsId: b.id, meetingId: m.id, invitationId: inv.id };

    const snooped = invokeResult(await personalChat(bot, outsider).execute(outsider, 'rsvp.refresh', ids));
    expect(snooped.card).toBeUndefined();
    expect(JSON.stringify(snooped)).not.toContain(irene.name);
    expect(JSON.stringify(snooped)).toContain('Deze uitnodiging ken ik niet');

    const own = invokeResult(await personalChat(bot, irene).execute(irene, 'rsvp.refresh', ids, 'inv-msg'));
    expect(cardText(own.card)).toContain(b.network.name);
    const managed = invokeResult(await personalChat(bot, contact).execute(contact, 'rsvp.refresh', ids));
    expect(cardText(managed.card)).toContain(irene.name);
  });
});

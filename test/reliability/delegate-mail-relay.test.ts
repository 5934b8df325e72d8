// The attack of one personal answer link used to make the bot mail any address: each post names a new "delegate".
// A delegate is briefed once, at most a few per invitation by mail; past that the contact gets the text to check.
import nock from 'nock';
import { rsvpToken } from '../../src/features/invitations/links';
import { MAX_DELEGATES_BRIEFED } from '../../src/domain/invitation';
import { Browser } from '../driver/browser';
import { cardText } from '../driver/connector';
import { channel, makeUser, personalChat } from '../driver/conversation';
import { givenBroedplaats, givenInvitation, givenMeeting } from '../driver/factories';
import { graphTakes, graphToken, MAIL_ENV } from '../driver/graph';
import { LINK_SECRET, startTestBot, type TestBot } from '../driver/test-bot';

describe('an answer link that names one delegate after another', () => {
  let bot: TestBot;
  afterAll(async () => {
    nock.cleanAll();
    await bot?.stop();
    nock.restore();
  });

  it('briefs each delegate once, mails at most three per invitation, and asks the contact about the rest', async () => {
    bot = await startTestBot({ env: MAIL_ENV });
    bot.clock.set('2027-03-02T09:00:00Z');
    const contact = makeUser('Carla Contact');
    await personalChat(bot, contact).install(contact);
    const b = await givenBroedplaats(bot, contact, channel(bot, 'netwerk'));
    const m = await givenMeeting(bot, b, { start: '2027-03-16T13:00:00Z', end: '2027-03-16T15:30:00Z' });
    const inv = await givenInvitation(bot, m, { name: 'Rob Researcher', email: 'rob@uu.example' });
    graphToken(3);
    const sent = graphTakes(50);
    const path = `/rsvp/${rsvpToken(LINK_SECRET, inv)}?lang=nl`;
    const name = (n: number) => `Klik hier http://evil.example/${n}`;
    const delegate = (n: number) => ({
      answer: 'delegated',
      delegateName: name(n),
      delegateEmail: `target-${n}@victim.example`,
    });
    const browser = new Browser(bot.url);
    const mark = bot.connector.calls.length;
    for (const n of [1, 2, 1, 2, 3, 4, 5, 3])
      expect((await browser.answer(path, delegate(n))).status).toBe(303);

    const mailedTo = sent.map((s) => JSON.stringify(s.to));
    expect(sent).toHaveLength(MAX_DELEGATES_BRIEFED);
    expect(mailedTo.map((t) => /target-(\d)/.exec(t)![1])).toEqual(['1', '2', '3']);
    const toContact = bot.connector
      .since(mark)
      .filter((c) => c.conversationId === personalChat(bot, contact).id)
      .map((c) => cardText(c.body))
      .filter((t) => t.includes('Bericht voor wie in de plaats komt'));
    expect(toContact).toHaveLength(2);
    for (const [i, n] of [4, 5].entries()) {
      expect(toContact[i]).toContain(`noemt nu ${name(n)} als vervanger, na al 3 anderen`);
      expect(toContact[i]).toContain(`target-${n}@victim.example`);
    }
    // Three more: the contact is asked once more, then no longer; each answer is still stored.
    bot.clock.advance(61_000);
    const more = bot.connector.calls.length;
    for (const n of [6, 7, 8]) expect((await browser.answer(path, delegate(n))).status).toBe(303);
    const asked = bot.connector
      .since(more)
      .map((c) => cardText(c.body))
      .filter((t) => t.includes('Bericht voor wie in de plaats komt'));
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain(name(6));
    expect(sent).toHaveLength(MAX_DELEGATES_BRIEFED);
    expect((await bot.store.invitations.rsvpsOf(m.id))[0]?.delegate?.email).toBe('target-8@victim.example');
    const stored = (await bot.store.invitations.listFor(m.id))[0]!;
    expect(stored.delegatesBriefed).toHaveLength(3);
    expect(JSON.stringify(stored)).not.toContain('victim.example');
  });
});

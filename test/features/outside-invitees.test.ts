// Invitees outside Teams: the contact's invitation text with a personal link, the answer page behind it (through the
// real server), the date poll on that page, and the invitation e-mailed through Microsoft Graph (nock).
import { randomUUID } from 'node:crypto';
import nock from 'nock';
import type { Broedplaats } from '../../src/domain/broedplaats';
import type { Invitation } from '../../src/domain/invitation';
import type { Meeting } from '../../src/domain/meeting';
import { rsvpToken } from '../../src/features/invitations/links';
import { signLink } from '../../src/web/signed-links';
import { Browser, textOf } from '../driver/browser';
import { graphTakes, graphToken, MAIL_ENV, SEND_MAIL } from '../driver/graph';
import { buttonData, cardText, sentInto } from '../driver/connector';
import {
  channel,
  invokeResult,
  makeUser,
  personalChat,
  type TestConversation,
  type TestUser,
} from '../driver/conversation';
import { givenBroedplaats, givenMeeting as storeMeeting } from '../driver/factories';
import { LINK_SECRET, startTestBot, type TestBot } from '../driver/test-bot';

/** Tuesday 2 March 2027, 10:00 in the Netherlands; the meeting is on Tuesday 16 March, 14:00–16:30. */
const NOW = '2027-03-02T09:00:00Z';
const START = '2027-03-16T13:00:00.000Z';
const END = '2027-03-16T15:30:00.000Z';

/** A meeting of `b` in the network's channel (on 16 March, or still a poll over 16 and 23 March). */
function givenMeeting(
  bot: TestBot,
  b: Broedplaats,
  team: TestConversation,
  polling = false,
): Promise<Meeting> {
  const slots = [
    { id: 's1', start: START, end: END },
    { id: 's2', start: '2027-03-23T13:00:00.000Z', end: '2027-03-23T15:30:00.000Z' },
  ];
  return storeMeeting(
    bot,
    b,
    { start: START, end: END },
    {
      purpose: 'Eerste bijeenkomst over flexibele examinering',
      location: 'Amsterdam',
      slots,
      poll: { conversationId: team.id, messageId: 'poll-msg' },
      ...(polling ? { status: 'polling', chosenSlotId: undefined, start: undefined, end: undefined } : {}),
    },
  );
}

/** The personal links (path and query) in a card's texts. */
function linksIn(card: unknown): string[] {
  return [
    ...JSON.stringify(card).matchAll(/https:\/\/broedplaats\.test(\/rsvp\/[\w.-]+\?lang=(?:nl|en))/g),
  ].map((m) => m[1]!);
}

describe('invitees outside Teams answer through a personal link', () => {
  let bot: TestBot;
  let team: TestConversation;
  let contact: TestUser;
  let b: Broedplaats;

  async function setUp(options: { polling?: boolean; env?: Record<string, string> } = {}) {
    bot = await startTestBot({ env: options.env });
    bot.clock.set(NOW);
    team = channel(bot, 'broedplaats-outside');
    contact = makeUser('Carla Contact');
    await personalChat(bot, contact).install(contact);
    await team.say(contact, 'hulp');
    b = await givenBroedplaats(bot, contact, team);
    return givenMeeting(bot, b, team, options.polling);
  }
  afterEach(async () => {
    nock.cleanAll();
    await bot?.stop();
  });
  // nock stays in the worker's http and fetch otherwise, and its pass-through of other requests would serve
  // later test files in this worker (it splits multi-byte characters of large responses).
  afterAll(() => nock.restore());

  /** The contact invites Rob (by e-mail, not in Teams) from their personal chat; returns the turn and his invitation. */
  async function inviteRob(m: Meeting, extra: Record<string, string> = {}) {
    const dm = personalChat(bot, contact);
    const form = await dm.say(contact, 'uitnodigen');
    const result = await dm.execute(contact, 'invite.create', {
      ...buttonData(form.cards[0], 'Uitnodigingen versturen'),
      name1: 'Rob <b>Researcher</b>',
      organisation1: 'Universiteit Utrecht',
      category1: 'onderzoek',
      email1: 'rob@uu.example',
      reason: 'Jullie onderzoek naar examinering helpt ons verder.',
      ...extra,
    });
    const inv = (await bot.store.invitations.listFor(m.id)).find(
      (i) => i.invitee.email === 'rob@uu.example',
    )!;
    return { result, inv };
  }

  it('gives the contact an invitation text in Dutch and English with a personal link that opens the answer page', async () => {
    const m = await setUp();
    const { result, inv } = await inviteRob(m);
    expect(cardText(invokeResult(result).card)).toContain(
      'Niet via Teams bereikbaar: Rob ‹b›Researcher‹/b›.',
    );
    const texts = result.cards.find((c) => cardText(c).includes('Uitnodigingen om te mailen'))!;
    const text = cardText(texts);
    expect(text).toContain('Beste Rob <b>Researcher</b>,');
    expect(text).toContain('Carla Contact nodigt je uit voor bijeenkomst 1 van de broedplaats');
    expect(text).toContain('Wanneer: di 16 mrt 2027, 14:00–16:30');
    expect(text).toContain('Dear Rob <b>Researcher</b>,');
    expect(text).toContain('When: Tue 16 Mar 2027, 14:00–16:30');
    const token = rsvpToken(LINK_SECRET, inv);
    expect(linksIn(texts)).toEqual([`/rsvp/${token}?lang=nl`, `/rsvp/${token}?lang=en`]);
    expect(JSON.stringify(texts)).toContain('mailto:rob%40uu.example?subject=');
    // An e-mail in either language, whatever the contact's own: the invitee may not read Dutch.
    const opens =
      JSON.stringify(texts).match(
        /"title":"Open als e-mail \((Nederlands|Engels)\)","url":"mailto:[^"]+"/g,
      ) ?? [];
    expect(opens).toHaveLength(2);
    expect(opens.find((o) => o.includes('Engels'))).toContain(encodeURIComponent('Invitation: broedplaats'));
    expect(opens.find((o) => o.includes('Nederlands'))).toContain(
      encodeURIComponent('Uitnodiging: broedplaats'),
    );

    const page = await new Browser(bot.url).get(`/rsvp/${token}?lang=nl`);
    expect(page.status).toBe(200);
    const shown = textOf(page.html);
    expect(shown).toContain(`Uitnodiging: broedplaats ${b.network.name}`);
    expect(shown).toContain('Rob <b>Researcher</b>, Carla Contact nodigt je uit voor bijeenkomst 1.');
    expect(shown).toContain(b.question);
    expect(shown).toContain('di 16 mrt 2027, 14:00–16:30');
    expect(shown).toContain('Jullie onderzoek naar examinering helpt ons verder.');
    // User text is escaped, never markup; the page is locked down.
    expect(page.html).not.toContain('<b>Researcher</b>');
    expect(page.html).toContain('Rob &lt;b&gt;Researcher&lt;/b&gt;');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('content-security-policy')).toContain("form-action 'self'");
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('set-cookie')).toMatch(
      /^bp_rsvp=[\w-]{43}; Path=\/rsvp; HttpOnly; SameSite=Strict/,
    );
    expect(page.html).not.toMatch(/<script/i);

    const english = await new Browser(bot.url).get(`/rsvp/${token}?lang=en`);
    expect(textOf(english.html)).toContain('Will you come?');
    const byBrowser = await new Browser(bot.url).get(`/rsvp/${token}`, 'en-GB,en;q=0.9');
    expect(textOf(byBrowser.html)).toContain("I'll send someone else");
  });

  it('stores the answer as the same RSVP row the Teams card writes, updates the tally, and lets it be changed', async () => {
    const m = await setUp();
    const { inv } = await inviteRob(m);
    const path = `/rsvp/${rsvpToken(LINK_SECRET, inv)}?lang=nl`;
    const browser = new Browser(bot.url);
    bot.connector.calls.length = 0;

    const saved = await browser.answer(path, {
      answer: 'accepted',
      note: 'Ik neem een collega-onderzoeker mee.',
    });
    expect(saved.status).toBe(303);
    expect(saved.location).toBe(`${path}&saved=1`);
    expect(await bot.store.invitations.rsvpsOf(m.id)).toEqual([
      expect.objectContaining({
        invitationId: inv.id,
        answer: 'accepted',
        note: 'Ik neem een collega-onderzoeker mee.',
        via: 'web',
        by: { aadObjectId: '', id: `link:${inv.id}`, name: 'Rob <b>Researcher</b>' },
      }),
    ]);
    const tallyUpdate = bot.connector.calls.filter((c) => c.kind === 'update').at(-1);
    expect(cardText(tallyUpdate?.body)).toContain(
      'Komt 1 · Misschien 0 · Kan niet 0 · Stuurt iemand 0 · Nog geen antwoord 0',
    );

    const after = await browser.get(`${path}&saved=1`);
    const shown = textOf(after.html);
    expect(shown).toContain('Dank je, je antwoord is opgeslagen.');
    expect(shown).toMatch(/Je antwoord: Ik kom \(2 mrt 2027, 10:00\)/);
    expect(shown).toContain('Zet de bijeenkomst in je agenda (.ics)');
    const ics = /href="https:\/\/broedplaats\.test(\/api\/calendar\/[^"]+)"/.exec(after.html)?.[1];
    const calendar = await fetch(`${bot.url}${ics}`);
    expect(calendar.status).toBe(200);
    expect(await calendar.text()).toContain('DTSTART:20270316T130000Z');
    expect(after.html).toContain('value="accepted" checked');

    // Within three days of the meeting, a switch to a delegate is told to the contact at once.
    bot.clock.set('2027-03-14T09:00:00Z');
    bot.connector.calls.length = 0;
    const changed = await browser.answer(path, {
      answer: 'delegated',
      delegateName: 'Dirk Delegate',
      delegateEmail: 'Dirk@UU.example',
      note: '',
    });
    expect(changed.status).toBe(303);
    const rows = await bot.store.invitations.rsvpsOf(m.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      answer: 'delegated',
      delegate: { name: 'Dirk Delegate', email: 'dirk@uu.example' },
    });
    const alert = sentInto(bot.connector.calls, personalChat(bot, contact).id).map((c) =>
      JSON.stringify(c.body),
    );
    expect(alert.join()).toContain('Rob ‹b›Researcher‹/b› (Universiteit Utrecht)');
    expect(alert.join()).toContain('In de plaats komt: Dirk Delegate.');
  });

  it('refuses a wrong answer on the page with a clear message, keeping what was typed and what was stored', async () => {
    const m = await setUp();
    const { inv } = await inviteRob(m);
    const path = `/rsvp/${rsvpToken(LINK_SECRET, inv)}?lang=nl`;
    const browser = new Browser(bot.url);
    await browser.answer(path, { answer: 'tentative' });

    const noEmail = await browser.answer(path, {
      answer: 'delegated',
      delegateName: 'Dirk',
      delegateEmail: 'geen-adres',
    });
    expect(noEmail.status).toBe(422);
    expect(textOf(noEmail.html)).toContain('Het e-mailadres van wie je stuurt klopt niet.');
    expect(noEmail.html).toContain('value="geen-adres"');
    const long = await browser.answer(path, { answer: 'accepted', note: 'x'.repeat(600) });
    expect(long.status).toBe(422);
    expect(textOf(long.html)).toContain('De toelichting is te lang (hoogstens 500 tekens).');
    const nothing = await browser.answer(path, {});
    expect(nothing.status).toBe(422);
    expect(textOf(nothing.html)).toContain('Kies of je komt');
    const forged = await browser.answer(path, { answer: 'yes-please' });
    expect(forged.status).toBe(400);
    expect(textOf(forged.html)).toContain('Dit formulier klopt niet (meer).');
    expect(forged.html).not.toMatch(/at \w+ \(|Error:/);

    expect(await bot.store.invitations.rsvpsOf(m.id)).toEqual([
      expect.objectContaining({ invitationId: inv.id, answer: 'tentative' }),
    ]);
  });

  it('refuses a post without the page cookie or with a wrong CSRF token, storing nothing', async () => {
    const m = await setUp();
    const { inv } = await inviteRob(m);
    const path = `/rsvp/${rsvpToken(LINK_SECRET, inv)}?lang=en`;
    const browser = new Browser(bot.url);
    const page = await browser.get(path);
    const csrf = /name="csrf" value="([^"]+)"/.exec(page.html)![1]!;

    const stranger = await new Browser(bot.url).post(path, { csrf, answer: 'declined' });
    expect(stranger.status).toBe(403);
    expect(textOf(stranger.html)).toContain('Your answer was not saved because the page was out of date.');
    const wrong = await browser.post(path, {
      csrf: csrf.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
      answer: 'declined',
    });
    expect(wrong.status).toBe(403);
    // A CSRF token of this browser for another invitation's page does not count here either.
    expect(await bot.store.invitations.rsvpsOf(m.id)).toEqual([]);
  });

  it('tells a tampered, forged, other-invitation or expired link apart from a good one, with a clear page', async () => {
    const m = await setUp();
    const { inv } = await inviteRob(m);
    const other: Invitation = { ...inv, id: randomUUID() };
    const token = rsvpToken(LINK_SECRET, inv);
    const browser = new Browser(bot.url);
    expect((await browser.get(`/rsvp/${token}`)).status).toBe(200);

    const [payload, signature] = token.split('.') as [string, string];
    const tampered = `${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    const otherPayload = rsvpToken(LINK_SECRET, other).split('.')[0]!;
    const forgedSecret = rsvpToken('another-secret-that-is-long-enough-0123456789', inv);
    for (const bad of [tampered, `${otherPayload}.${signature}`, forgedSecret, 'nonsense', `${token}.x`]) {
      const res = await browser.get(`/rsvp/${encodeURIComponent(bad)}`);
      expect(res.status).toBe(404);
      expect(textOf(res.html)).toContain('Deze link is onvolledig of klopt niet.');
    }
    // A link of an invitation that is not (or no longer) stored.
    expect((await browser.get(`/rsvp/${rsvpToken(LINK_SECRET, other)}`)).status).toBe(404);

    const lapsed = signLink(LINK_SECRET, {
      kind: 'rsvp',
      ids: [inv.broedplaatsId, inv.meetingId, inv.id],
      exp: Math.floor(Date.parse(NOW) / 1000) - 1,
    });
    const expired = await browser.get(`/rsvp/${lapsed}`);
    expect(expired.status).toBe(410);
    expect(textOf(expired.html)).toContain('Deze link is verlopen');

    // Answers close when the meeting starts; after it ends the link has expired.
    bot.clock.set('2027-03-16T13:30:00Z');
    const during = await browser.get(`/rsvp/${token}`);
    expect(during.status).toBe(200);
    expect(textOf(during.html)).toContain('Antwoorden kan niet meer');
    expect(during.html).not.toContain('<form');
    bot.clock.set('2027-03-16T16:00:00Z');
    expect((await browser.get(`/rsvp/${token}`)).status).toBe(410);
  });

  it('limits how often one address may ask for pages', async () => {
    const m = await setUp();
    const { inv } = await inviteRob(m);
    const path = `/rsvp/${rsvpToken(LINK_SECRET, inv)}`;
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) statuses.push((await fetch(bot.url + path)).status);
    expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true);
    const limited = await fetch(bot.url + path);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.text()).toContain('Er komen nu te veel verzoeken binnen.');
  }, 60_000);

  it('behind a trusted proxy, limits each client address the proxy reports, whatever a client adds before it', async () => {
    const m = await setUp({ env: { TRUSTED_PROXY_HOPS: '1' } });
    const { inv } = await inviteRob(m);
    const path = `/rsvp/${rsvpToken(LINK_SECRET, inv)}`;
    // App Service's front end appends the client's address and port; a client can send any entries before it.
    const from = (client: string, forged?: string) =>
      fetch(bot.url + path, {
        headers: { 'x-forwarded-for': forged ? `${forged}, ${client}:51234` : `${client}:51234` },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) statuses.push((await from('203.0.113.7', `198.51.100.${i}`)).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect((await from('203.0.113.7', '198.51.100.200')).status).toBe(429);
    // Another invitee behind the same front end is not held up by the first.
    expect((await from('203.0.113.8')).status).toBe(200);
    expect(
      (await fetch(bot.url + path, { headers: { 'x-forwarded-for': '[2001:db8::1]:443' } })).status,
    ).toBe(200);
  }, 60_000);

  it('lets the invitee mark the date poll on the page before the date is fixed; the shared poll card counts it', async () => {
    const m = await setUp({ polling: true });
    const { result, inv } = await inviteRob(m);
    const texts = result.cards.find((c) => cardText(c).includes('Uitnodigingen om te mailen'))!;
    expect(cardText(texts)).toContain(
      'Wanneer: de datum wordt nog gekozen; via de link kun je aangeven welke momenten je passen',
    );
    const path = `/rsvp/${rsvpToken(LINK_SECRET, inv)}?lang=nl`;
    const browser = new Browser(bot.url);
    const page = await browser.get(path);
    expect(textOf(page.html)).toContain('Welke momenten passen je?');
    expect(textOf(page.html)).toContain('di 23 mrt 2027, 14:00–16:30');
    bot.connector.calls.length = 0;

    const marked = await browser.answer(path, { 'slot.s1': 'no', 'slot.s2': 'yes' });
    expect(marked.status).toBe(303);
    const votes = await bot.store.meetings.votesOf(m.id);
    expect(votes.map((v) => [v.slotId, v.answer, v.voter.id]).sort()).toEqual([
      ['s1', 'no', `link:${inv.id}`],
      ['s2', 'yes', `link:${inv.id}`],
    ]);
    const pollUpdate = bot.connector.calls.find((c) => c.kind === 'update' && c.activityId === 'poll-msg');
    expect(pollUpdate).toBeDefined();
    const again = await browser.get(path);
    expect(again.html).toContain('name="slot.s2" value="yes" checked');

    const badSlot = await browser.answer(path, { 'slot.other-meeting-slot': 'yes' });
    expect(badSlot.status).toBe(422);
    expect(await bot.store.meetings.votesOf(m.id)).toHaveLength(2);
  });

  it('gives texts for people in Teams too on request, and again from the tally card, only to the contact', async () => {
    const m = await setUp();
    const ocw = makeUser('Olivier OCW');
    await personalChat(bot, ocw).install(ocw);
    const dm = personalChat(bot, contact);
    const form = await dm.say(contact, 'uitnodigen');
    const result = await dm.execute(contact, 'invite.create', {
      ...buttonData(form.cards[0], 'Uitnodigingen versturen'),
      people: ocw.aadObjectId,
      peopleCategory: 'ocw',
      linksForAll: 'true',
    });
    const texts = result.cards.find((c) => cardText(c).includes('Uitnodigingen om te mailen'))!;
    expect(cardText(texts)).toContain('Voor Olivier OCW');
    const tally = result.cards.find((c) => cardText(c).includes('Wie komt er'))!;
    const again = await dm.execute(
      contact,
      'invite.texts',
      buttonData(tally, 'Uitnodigingsteksten met persoonlijke links'),
    );
    expect(again.cards.some((c) => cardText(c).includes('Voor Olivier OCW'))).toBe(true);

    // From the channel the texts go to the contact's personal chat, never into the channel.
    const inChannel = await team.execute(contact, 'invite.texts', { broedplaatsId: b.id, meetingId: m.id });
    expect(sentInto(inChannel.calls, team.id).some((c) => JSON.stringify(c.body).includes('/rsvp/'))).toBe(
      false,
    );
    expect(cardText(invokeResult(inChannel).card)).toContain('staan in ons persoonlijke gesprek');
    const toContact = sentInto(inChannel.calls, dm.id);
    expect(toContact.some((c) => JSON.stringify(c.body).includes('/rsvp/'))).toBe(true);
    // Not for someone who does not manage the broedplaats.
    const outsider = makeUser('Otto Outsider');
    const refused = await team.execute(outsider, 'invite.texts', { broedplaatsId: b.id, meetingId: m.id });
    expect(JSON.stringify(refused.calls)).not.toContain('/rsvp/');
  });

  it('e-mails the invitation through Microsoft Graph when mail is configured', async () => {
    const m = await setUp({ env: MAIL_ENV });
    const token = graphToken();
    let sent: { auth?: string; body?: unknown } = {};
    const mail = nock('https://graph.microsoft.com')
      .post(SEND_MAIL)
      .reply(function (_uri, body) {
        sent = { auth: this.req.headers['authorization'], body };
        return [202, ''];
      });
    const { result, inv } = await inviteRob(m);
    expect(token.isDone() && mail.isDone()).toBe(true);
    expect(sent.auth).toBe('Bearer graph-token');
    const message = (
      sent.body as { message: { subject: string; toRecipients: unknown[]; body: { content: string } } }
    ).message;
    expect(message.subject).toBe(
      `Uitnodiging: broedplaats ${b.network.name}, bijeenkomst 1 / Invitation: broedplaats ${b.network.name}, meeting 1`,
    );
    expect(message.toRecipients).toEqual([
      { emailAddress: { name: 'Rob <b>Researcher</b>', address: 'rob@uu.example' } },
    ]);
    expect(message.body.content).toContain('Beste Rob &lt;b&gt;Researcher&lt;/b&gt;,');
    expect(message.body.content).toContain(
      `href="https://broedplaats.test/rsvp/${rsvpToken(LINK_SECRET, inv)}?lang=nl"`,
    );
    expect(message.body.content).toContain(`?lang=en"`);
    expect(inv.delivery).toEqual({ via: 'email' });
    expect(cardText(invokeResult(result).card)).toContain(
      'Per e-mail uitgenodigd (met een persoonlijke link): Rob ‹b›Researcher‹/b›.',
    );
    expect(result.cards.some((c) => cardText(c).includes('Uitnodigingen om te mailen'))).toBe(false);

    // Seven days before the meeting, without an answer: a reminder by e-mail, once.
    let reminder: { subject?: string; content?: string } = {};
    let reminders = 0;
    nock('https://graph.microsoft.com')
      .post(SEND_MAIL)
      .times(2)
      .reply(function (_uri, body) {
        reminders++;
        const msg = (body as { message: { subject: string; body: { content: string } } }).message;
        reminder = { subject: msg.subject, content: msg.body.content };
        return [202, ''];
      });
    bot.clock.set('2027-03-09T13:01:00Z');
    await bot.runJobs();
    expect(reminders).toBe(1);
    expect(reminder.subject).toBe(
      `Herinnering: Uitnodiging: broedplaats ${b.network.name}, bijeenkomst 1 / Reminder: Invitation: broedplaats ${b.network.name}, meeting 1`,
    );
    expect(reminder.content).toContain('Herinnering: je hebt nog niet laten weten of je komt.');
    await bot.runJobs();
    expect(reminders).toBe(1);
  });

  it('e-mails an invitee outside Teams when the date is chosen, when it moves and when it is called off', async () => {
    const m = await setUp({ polling: true, env: MAIL_ENV });
    graphToken();
    const mails = graphTakes(4);
    const { inv } = await inviteRob(m);
    expect(mails).toHaveLength(1);
    const ids = { broedplaatsId: b.id, meetingId: m.id };
    const link = `https://broedplaats.test/rsvp/${rsvpToken(LINK_SECRET, inv)}?lang=nl`;

    await team.execute(contact, 'poll.close', { verb: 'poll.close', ...ids, slotId: 's2' }, 'poll-msg');
    expect(mails).toHaveLength(2);
    expect(mails[1]!.to).toEqual([
      { emailAddress: { name: 'Rob <b>Researcher</b>', address: 'rob@uu.example' } },
    ]);
    expect(mails[1]!.subject).toBe(
      `Datum gekozen: broedplaats ${b.network.name}, bijeenkomst 1 / Date chosen: broedplaats ${b.network.name}, meeting 1`,
    );
    expect(mails[1]!.content).toContain(
      `De datum van bijeenkomst 1 van de broedplaats van ${b.network.name} is gekozen: di 23 mrt 2027, 14:00–16:30.`,
    );
    expect(mails[1]!.content).toContain('Waar: Amsterdam');
    expect(mails[1]!.content).toContain(`href="${link}"`);

    await team.execute(
      contact,
      'meeting.move',
      { verb: 'meeting.move', ...ids, date1: '2027-03-25', start1: '10:00', end1: '12:00' },
      'poll-msg',
    );
    expect(mails[2]!.subject).toMatch(/^Verplaatst: broedplaats .*, bijeenkomst 1 \/ Moved: /);
    expect(mails[2]!.content).toContain(
      'is verplaatst van di 23 mrt 2027, 14:00–16:30 naar do 25 mrt 2027, 10:00–12:00.',
    );
    expect(mails[2]!.content).toContain(
      'has moved from Tue 23 Mar 2027, 14:00–16:30 to Thu 25 Mar 2027, 10:00–12:00.',
    );

    await team.execute(contact, 'meeting.cancel', { verb: 'meeting.cancel', ...ids }, 'poll-msg');
    expect(mails[3]!.subject).toMatch(/^Afgezegd: broedplaats .*, bijeenkomst 1 \/ Cancelled: /);
    expect(mails[3]!.content).toContain(
      '(do 25 mrt 2027, 10:00–12:00) gaat niet door: de bijeenkomst is afgezegd.',
    );
    expect(mails[3]!.content).not.toContain('/rsvp/');
    expect(mails).toHaveLength(4);
    // Mailed, so the contact got no texts to send on.
    expect(bot.connector.calls.some((c) => cardText(c.body).includes('Bericht om te mailen'))).toBe(false);
  });

  it('without mail, gives the contact privately the message for those outside Teams; a Teams invitee’s own card shows the date', async () => {
    const m = await setUp({ polling: true });
    const guest = makeUser('Gerda Gast');
    await personalChat(bot, guest).install(guest);
    const { inv: rob } = await inviteRob(m, { people: guest.aadObjectId, peopleCategory: 'inspectie' });
    const invitation = (await bot.store.invitations.listFor(m.id)).find(
      (i) => i.invitee.aadObjectId === guest.aadObjectId,
    )!;
    expect(invitation.delivery).toMatchObject({ via: '1:1', messageId: expect.any(String) });
    const ids = { broedplaatsId: b.id, meetingId: m.id };

    const closed = await team.execute(
      contact,
      'poll.close',
      { verb: 'poll.close', ...ids, slotId: 's1' },
      'poll-msg',
    );
    const toContact = sentInto(closed.calls, personalChat(bot, contact).id).filter((c) =>
      cardText(c.body).includes('Bericht om te mailen'),
    );
    expect(toContact).toHaveLength(1);
    const text = cardText(toContact[0]!.body);
    expect(text).toContain(`Bericht om te mailen: bijeenkomst 1 van ${b.network.name}`);
    expect(text).toContain('Voor Rob <b>Researcher</b> (rob@uu.example)');
    expect(text).toContain('is gekozen: di 16 mrt 2027, 14:00–16:30.');
    expect(text).toContain(`https://broedplaats.test/rsvp/${rsvpToken(LINK_SECRET, rob)}?lang=nl`);
    expect(text).not.toContain('Gerda Gast');
    // Nothing with a personal link in the network's channel.
    expect(JSON.stringify(closed.calls.filter((c) => c.conversationId === team.id))).not.toContain('/rsvp/');

    // Gerda's own invitation card now shows the date, and she is told.
    const guestChat = personalChat(bot, guest).id;
    const update = closed.calls.find(
      (c) =>
        c.kind === 'update' &&
        c.conversationId === guestChat &&
        c.activityId === invitation.delivery.messageId,
    );
    expect(cardText(update?.body)).toContain('di 16 mrt 2027, 14:00–16:30');
    expect(sentInto(closed.calls, guestChat).map((c) => c.body.text)).toEqual([
      expect.stringContaining('is gekozen: **di 16 mrt 2027, 14:00–16:30**'),
    ]);

    // Rob says he cannot come; the meeting is called off: only Gerda hears of it, her card says so.
    expect(
      (
        await new Browser(bot.url).answer(`/rsvp/${rsvpToken(LINK_SECRET, rob)}?lang=nl`, {
          answer: 'declined',
        })
      ).status,
    ).toBe(303);
    const cancelled = await team.execute(
      contact,
      'meeting.cancel',
      { verb: 'meeting.cancel', ...ids },
      'poll-msg',
    );
    expect(cancelled.calls.some((c) => cardText(c.body).includes('Bericht om te mailen'))).toBe(false);
    const cancelUpdate = cancelled.calls.find((c) => c.kind === 'update' && c.conversationId === guestChat);
    expect(cardText(cancelUpdate?.body)).toContain('Deze bijeenkomst is afgezegd.');
    expect(JSON.stringify(cancelUpdate?.body)).not.toContain('rsvp.answer');
  });

  it('without mail, gives the contact the reminder for an invitee outside Teams who has not answered, once per reminder', async () => {
    const m = await setUp();
    const { inv } = await inviteRob(m);
    const link = `https://broedplaats.test/rsvp/${rsvpToken(LINK_SECRET, inv)}?lang=nl`;
    // Seven days before the meeting.
    bot.clock.set('2027-03-09T13:01:00Z');
    let mark = bot.connector.calls.length;
    await bot.runJobs();
    const reminders = sentInto(bot.connector.since(mark), personalChat(bot, contact).id);
    expect(reminders).toHaveLength(1);
    const text = cardText(reminders[0]!.body);
    expect(text).toContain(
      'Rob <b>Researcher</b> heeft nog niet geantwoord en is niet via Teams te bereiken.',
    );
    expect(text).toContain('Herinnering: je hebt nog niet laten weten of je komt.');
    expect(text).toContain(link);
    expect(JSON.stringify(reminders[0]!.body)).toContain('subject=Herinnering%3A%20Uitnodiging');
    mark = bot.connector.calls.length;
    await bot.runJobs();
    expect(bot.connector.since(mark)).toEqual([]);

    // Once he has answered, the reminder two days before stays away.
    expect(
      (
        await new Browser(bot.url).answer(link.replace('https://broedplaats.test', ''), {
          answer: 'accepted',
        })
      ).status,
    ).toBe(303);
    bot.clock.set('2027-03-14T13:01:00Z');
    mark = bot.connector.calls.length;
    await bot.runJobs();
    expect(sentInto(bot.connector.since(mark), personalChat(bot, contact).id)).toEqual([]);
  });

  it('tells someone sent in an invitee’s place what, when and where: through the contact, or by e-mail', async () => {
    let m = await setUp();
    let { inv } = await inviteRob(m);
    const path = `/rsvp/${rsvpToken(LINK_SECRET, inv)}?lang=nl`;
    let mark = bot.connector.calls.length;
    const answer = { answer: 'delegated', delegateName: 'Dirk Delegate', delegateEmail: 'dirk@uu.example' };
    expect((await new Browser(bot.url).answer(path, answer)).status).toBe(303);
    const toContact = sentInto(bot.connector.since(mark), personalChat(bot, contact).id).filter((c) =>
      cardText(c.body).includes('Bericht voor wie in de plaats komt'),
    );
    expect(toContact).toHaveLength(1);
    const text = cardText(toContact[0]!.body);
    expect(text).toContain(
      'Rob <b>Researcher</b> (Universiteit Utrecht) stuurt Dirk Delegate als vervanger.',
    );
    expect(text).toContain('Voor Dirk Delegate (dirk@uu.example)');
    expect(text).toContain('Beste Dirk Delegate,');
    expect(text).toContain('Wanneer: di 16 mrt 2027, 14:00–16:30');
    expect(text).toContain('Waar: Amsterdam');
    expect(text).toMatch(/Zet de bijeenkomst in je agenda:\s+https:\/\/broedplaats\.test\/api\/calendar\//);
    expect(text).not.toContain('/rsvp/');
    // The same delegate again (a changed note): not told twice.
    mark = bot.connector.calls.length;
    expect((await new Browser(bot.url).answer(path, { ...answer, note: 'Dirk weet ervan.' })).status).toBe(
      303,
    );
    expect(
      bot.connector
        .since(mark)
        .filter((c) => cardText(c.body).includes('Bericht voor wie in de plaats komt')),
    ).toEqual([]);
    // Dirk hears of it when the meeting is called off, through the contact (he has no link of his own).
    const cancelled = await team.execute(
      contact,
      'meeting.cancel',
      { verb: 'meeting.cancel', broedplaatsId: b.id, meetingId: m.id },
      'poll-msg',
    );
    const change = sentInto(cancelled.calls, personalChat(bot, contact).id).find((c) =>
      cardText(c.body).includes('Bericht om te mailen'),
    );
    expect(cardText(change?.body)).toContain('Voor Dirk Delegate (dirk@uu.example)');
    expect(cardText(change?.body)).toContain('Beste Dirk Delegate,');
    expect(cardText(change?.body)).toContain('gaat niet door: de bijeenkomst is afgezegd.');
    expect(cardText(change?.body)).not.toContain('(rob@uu.example)');
    await bot.stop();

    // With mail: Dirk gets it himself.
    m = await setUp({ env: MAIL_ENV });
    graphToken();
    const mails = graphTakes(2);
    ({ inv } = await inviteRob(m));
    expect(
      (await new Browser(bot.url).answer(`/rsvp/${rsvpToken(LINK_SECRET, inv)}?lang=nl`, answer)).status,
    ).toBe(303);
    expect(mails.map((x) => x.to)).toEqual([
      [{ emailAddress: { name: 'Rob <b>Researcher</b>', address: 'rob@uu.example' } }],
      [{ emailAddress: { name: 'Dirk Delegate', address: 'dirk@uu.example' } }],
    ]);
    expect(mails[1]!.subject).toBe(
      `In de plaats van een genodigde: broedplaats ${b.network.name}, bijeenkomst 1 / Coming instead of an invitee: broedplaats ${b.network.name}, meeting 1`,
    );
    expect(mails[1]!.content).toContain('vraagt je om in zijn of haar plaats naar bijeenkomst 1 te komen');
    expect(mails[1]!.content).toContain('href="https://broedplaats.test/api/calendar/');
  });

  it('keeps a reminder e-mail that Graph refuses among the undelivered messages, for the overview', async () => {
    const m = await setUp({ env: MAIL_ENV });
    graphToken(2);
    const graph = nock('https://graph.microsoft.com');
    graph.post(SEND_MAIL).reply(202, '');
    await inviteRob(m);
    expect(await bot.store.undelivered.list(b.id)).toEqual([]);

    graph.post(SEND_MAIL).reply(403, { error: { code: 'ErrorAccessDenied', message: 'Access is denied.' } });
    bot.clock.set('2027-03-09T13:01:00Z');
    await bot.runJobs();
    expect(await bot.store.undelivered.list(b.id)).toEqual([
      expect.objectContaining({
        purpose: 'rsvp-reminder-mail',
        broedplaatsId: b.id,
        recipient: 'Rob <b>Researcher</b>',
        reason: expect.stringContaining('403'),
      }),
    ]);
  });

  it('falls back to the text for the contact when Graph refuses the mail', async () => {
    const m = await setUp({ env: MAIL_ENV });
    graphToken();
    nock('https://graph.microsoft.com')
      .post(SEND_MAIL)
      .reply(403, { error: { code: 'ErrorAccessDenied', message: 'Access is denied.' } });
    const { result, inv } = await inviteRob(m);
    expect(inv.delivery).toMatchObject({ via: 'none', reason: expect.stringContaining('403') });
    expect(cardText(invokeResult(result).card)).toContain(
      'Niet via Teams bereikbaar: Rob ‹b›Researcher‹/b›.',
    );
    expect(result.cards.some((c) => cardText(c).includes('Uitnodigingen om te mailen'))).toBe(true);
  });
});

// Participants outside Teams reflect too: an invitee who accepted on the answer page, the delegate they sent and a
// facilitator the bot cannot find in Teams each get a personal link (e-mailed through Microsoft Graph, nock; or given
// to the contact to send on), answer on a page served by the bot (through the real server), and count in the results.
import { parse } from 'csv-parse/sync';
import nock from 'nock';
import type { Broedplaats } from '../../src/domain/broedplaats';
import type { Invitation } from '../../src/domain/invitation';
import type { Meeting } from '../../src/domain/meeting';
import type { ReflectionPrompt } from '../../src/domain/reflection';
import { rsvpToken } from '../../src/features/invitations/links';
import { reflectionToken } from '../../src/features/reflection/links';
import { signLink } from '../../src/web/signed-links';
import { Browser, textOf } from '../driver/browser';
import { graphTakes, graphToken, MAIL_ENV, SEND_MAIL } from '../driver/graph';
import { buttonData, cardText, sentInto, type ConnectorCall } from '../driver/connector';
import {
  channel,
  makeUser,
  personalChat,
  type TestConversation,
  type TestUser,
} from '../driver/conversation';
import { givenBroedplaats, givenInvitation, givenScheduledThroughCards } from '../driver/factories';
import { LINK_SECRET, startTestBot, type TestBot } from '../driver/test-bot';

/** Tuesday 2 March 2027; the meeting is on Tuesday 16 March, 14:00–16:00 Dutch time (13:00–15:00 UTC). */
const NOW = '2027-03-02T09:00:00Z';
/** An hour after the meeting's end: the reflection opens. It closes 14 days later (30 March, 18:00 summer time). */
const OPENS = '2027-03-16T16:00:01Z';

const fullAnswers = {
  usefulness: '4',
  perspectives: 'Dat scholen meer ruimte hebben dan ze denken.',
  newContacts: 'many',
  systemValue: '5',
  researchValue: '3',
  followUps: 'Wij delen de notitie over examenruimte met het netwerk.',
  followUpWish: 'yes',
  remarks: '',
  showName: 'true',
};

/** The reflection links (path and query) in a card's texts. */
function linksIn(card: unknown): string[] {
  return [
    ...JSON.stringify(card).matchAll(/https:\/\/broedplaats\.test(\/reflect\/[\w.-]+\?lang=(?:nl|en))/g),
  ].map((m) => m[1]!);
}

const textsCards = (calls: ConnectorCall[]) =>
  calls.filter((c) => cardText(c.body).includes('Reflectie-links om te mailen'));

describe('participants outside Teams reflect through a personal link', () => {
  let bot: TestBot;
  let team: TestConversation;
  let contact: TestUser;
  let b: Broedplaats;
  let meeting: Meeting;

  async function setUp(env?: Record<string, string>) {
    bot = await startTestBot({ env });
    bot.clock.set(NOW);
    team = channel(bot, 'netwerk-buiten');
    contact = makeUser('Carla Contact');
    await personalChat(bot, contact).install(contact);
    await team.say(contact, 'hulp');
    b = await givenBroedplaats(bot, contact, team, {
      facilitator: { chosen: true, name: 'Frida Begeleider', email: 'frida@begeleiding.example' },
    });
    ({ meeting } = await givenScheduledThroughCards(bot, team, contact, b, {
      date: '2027-03-16',
      start: '14:00',
      end: '16:00',
    }));
  }
  afterEach(async () => {
    nock.cleanAll();
    await bot?.stop();
  });
  afterAll(() => nock.restore());

  /** The contact invites Rob and Dana by e-mail; Rob accepts on his answer page, Dana sends Derk in her place. */
  async function inviteAndAnswerOnThePage(): Promise<{ rob: Invitation; dana: Invitation }> {
    const dm = personalChat(bot, contact);
    const form = await dm.say(contact, 'uitnodigen');
    await dm.execute(contact, 'invite.create', {
      ...buttonData(form.cards[0], 'Uitnodigingen versturen'),
      name1: 'Rob Researcher',
      organisation1: 'Universiteit Utrecht',
      category1: 'onderzoek',
      email1: 'rob@uu.example',
      name2: 'Dana Directeur',
      organisation2: 'Ministerie van OCW',
      category2: 'ocw',
      email2: 'dana@ocw.example',
    });
    const invitations = await bot.store.invitations.listFor(meeting.id);
    const rob = invitations.find((i) => i.invitee.email === 'rob@uu.example')!;
    const dana = invitations.find((i) => i.invitee.email === 'dana@ocw.example')!;
    const rsvp = (inv: Invitation) => `/rsvp/${rsvpToken(LINK_SECRET, inv)}?lang=nl`;
    expect((await new Browser(bot.url).answer(rsvp(rob), { answer: 'accepted' })).status).toBe(303);
    const delegated = await new Browser(bot.url).answer(rsvp(dana), {
      answer: 'delegated',
      delegateName: 'Derk Delegee',
      delegateEmail: 'derk@ocw.example',
    });
    expect(delegated.status).toBe(303);
    return { rob, dana };
  }

  const promptOf = async (key: string): Promise<ReflectionPrompt> =>
    (await bot.store.reflections.promptsFor(meeting.id)).find((p) => p.participant.aadObjectId === key)!;
  const pagePath = (p: ReflectionPrompt, lang = 'nl') =>
    `/reflect/${reflectionToken(LINK_SECRET, p)}?lang=${lang}`;

  it('gives the contact each one’s text and personal link, and takes their answers on the page', async () => {
    await setUp();
    const { rob, dana } = await inviteAndAnswerOnThePage();

    bot.clock.set(OPENS);
    const mark = bot.connector.calls.length;
    await bot.runJobs();
    const toContact = sentInto(bot.connector.since(mark), personalChat(bot, contact).id);
    const prompts = await bot.store.reflections.promptsFor(meeting.id);
    expect(prompts.map((p) => [p.participant.name, p.participant.role, p.via]).sort()).toEqual([
      ['Carla Contact', 'contact', '1:1'],
      ['Derk Delegee', 'invitee', 'link'],
      ['Frida Begeleider', 'facilitator', 'link'],
      ['Rob Researcher', 'invitee', 'link'],
    ]);
    // Where the links go stays with the invitation, the answer and the broedplaats; it is not copied here.
    expect(JSON.stringify(prompts)).not.toContain('@');
    expect(prompts.find((p) => p.participant.name === 'Rob Researcher')!.participant.aadObjectId).toBe(
      `link:${rob.id}`,
    );
    expect(prompts.find((p) => p.participant.name === 'Derk Delegee')!.participant.aadObjectId).toBe(
      `link:${dana.id}:delegate`,
    );

    // The contact gets their own reflection card, and one card with the three texts to send on.
    const texts = textsCards(toContact);
    expect(texts).toHaveLength(1);
    const text = cardText(texts[0]!.body);
    expect(text).toContain(`Reflectie-links om te mailen: bijeenkomst 1 van ${b.network.name}`);
    expect(text).toContain('Deze deelnemers (3) zijn niet via Teams te bereiken.');
    expect(text).toContain('Voor Rob Researcher (rob@uu.example)');
    expect(text).toContain('Beste Rob Researcher,');
    expect(text).toContain(
      `Dank je wel voor je deelname aan bijeenkomst 1 van de broedplaats van ${b.network.name} (di 16 mrt 2027, 14:00–16:00).`,
    );
    expect(text).toContain('je kunt je antwoorden wijzigen tot di 30 mrt 2027, 18:00:');
    expect(text).toContain('Dear Derk Delegee,');
    expect(JSON.stringify(texts[0]!.body)).toContain('mailto:frida%40begeleiding.example?subject=');
    const robPrompt = await promptOf(`link:${rob.id}`);
    expect(linksIn(texts[0]!.body)).toEqual(
      expect.arrayContaining([pagePath(robPrompt), pagePath(robPrompt, 'en')]),
    );
    expect(linksIn(texts[0]!.body)).toHaveLength(6);
    // Nothing went to the network's channel: a personal link there would let anyone answer for them.
    expect(linksIn(bot.connector.since(mark).filter((c) => c.conversationId === team.id))).toEqual([]);

    // Rob's page: who, which meeting, the card's questions; locked down like the answer page.
    const browser = new Browser(bot.url);
    const path = pagePath(robPrompt);
    const page = await browser.get(path);
    expect(page.status).toBe(200);
    const shown = textOf(page.html);
    expect(shown).toContain(`Reflectie: bijeenkomst 1 van ${b.network.name}`);
    expect(shown).toContain('Rob Researcher, je was bij bijeenkomst 1 (di 16 mrt 2027, 14:00–16:00).');
    expect(shown).toContain('Hoe nuttig was de bijeenkomst voor jou? (1 = niet, 5 = zeer)');
    expect(shown).toContain('Hoe waardevol was de inbreng van onderzoek? (1–5)');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('set-cookie')).toMatch(
      /^bp_reflect=[\w-]{43}; Path=\/reflect; HttpOnly; SameSite=Strict/,
    );
    expect(page.html).not.toMatch(/<script/i);
    expect(textOf((await new Browser(bot.url).get(pagePath(robPrompt, 'en'))).html)).toContain(
      'How useful was the meeting for you?',
    );

    // Incomplete: what is missing is named, what was typed stays, nothing is stored.
    const incomplete = await browser.answer(path, {
      usefulness: '4',
      perspectives: 'Een <b>nieuwe</b> blik',
    });
    expect(incomplete.status).toBe(422);
    expect(textOf(incomplete.html)).toContain(
      'Vul nog in: nieuwe contacten, verbinding met stelselpartijen, inbreng van onderzoek, wens voor vervolg.',
    );
    expect(incomplete.html).toContain('Een &lt;b&gt;nieuwe&lt;/b&gt; blik</textarea>');
    expect(incomplete.html).toContain('id="usefulness-4" name="usefulness" value="4" checked');
    const tooLong = await browser.answer(path, { ...fullAnswers, remarks: 'x'.repeat(1001) });
    expect(tooLong.status).toBe(422);
    expect(textOf(tooLong.html)).toContain(
      'Een van je antwoorden is te lang (hoogstens 1000 tekens per vraag).',
    );
    expect(await bot.store.reflections.listFor(meeting.id)).toEqual([]);

    const saved = await browser.answer(path, fullAnswers);
    expect(saved.status).toBe(303);
    expect(saved.location).toBe(`${path}&saved=1`);
    const stored = await bot.store.reflections.get(meeting.id, `link:${rob.id}`);
    expect(stored).toMatchObject({
      broedplaatsId: b.id,
      participant: { aadObjectId: `link:${rob.id}`, name: 'Rob Researcher', role: 'invitee' },
      answers: {
        usefulness: 4,
        perspectives: fullAnswers.perspectives,
        newContacts: 'many',
        systemValue: 5,
        researchValue: 3,
        followUps: fullAnswers.followUps,
        followUpWish: 'yes',
        showName: true,
      },
      submittedAt: '2027-03-16T16:00:01.000Z',
    });
    expect(stored?.answers.remarks).toBeUndefined();
    expect(JSON.stringify(stored)).not.toContain('rob@uu.example');
    const after = await browser.get(`${path}&saved=1`);
    expect(textOf(after.html)).toContain(
      'Dank je wel! Je reflectie is opgeslagen; je kunt hem wijzigen tot di 30 mrt 2027, 18:00.',
    );
    expect(after.html).toContain('id="newContacts-many" name="newContacts" value="many" checked');
    expect(after.html).toContain('id="showName" name="showName" value="true" checked');

    // Changed the next day, without "n.v.t." lost: one row, first answered time kept.
    bot.clock.set('2027-03-17T08:00:00Z');
    const changed = await browser.answer(path, {
      ...fullAnswers,
      usefulness: '5',
      researchValue: 'na',
      showName: '',
    });
    expect(changed.status).toBe(303);
    const rows = await bot.store.reflections.listFor(meeting.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      answers: { usefulness: 5, showName: false },
      submittedAt: '2027-03-16T16:00:01.000Z',
      updatedAt: '2027-03-17T08:00:00.000Z',
    });
    expect(rows[0]!.answers.researchValue).toBeUndefined();
    expect((await browser.get(path)).html).toContain(
      'id="researchValue-na" name="researchValue" value="na" checked',
    );
  });

  it('names each one in the research export by the same pseudonym as their answer to the invitation', async () => {
    const lead = makeUser('Lotte Projectleider');
    await setUp({ PROJECT_LEAD_IDS: lead.aadObjectId });
    await personalChat(bot, lead).install(lead);
    const { rob } = await inviteAndAnswerOnThePage();
    bot.clock.set(OPENS);
    await bot.runJobs();
    for (const key of [`link:${rob.id}`, 'link:facilitator'])
      expect((await new Browser(bot.url).answer(pagePath(await promptOf(key)), fullAnswers)).status).toBe(
        303,
      );

    const card = (await personalChat(bot, lead).say(lead, 'export')).cards[0]!;
    const urls = (card.actions as { type: string; url: string }[])
      .filter((a) => a.type === 'Action.OpenUrl')
      .map((a) => a.url.replace('https://broedplaats.test', bot.url));
    const [rsvps, reflections] = await Promise.all(
      [urls[2]!, urls[4]!].map(async (url) => {
        const body = await (await fetch(url)).text();
        for (const personal of ['Rob Researcher', 'rob@uu.example', 'Frida', 'frida@', 'Derk', 'link:'])
          expect(body).not.toContain(personal);
        return parse(body, { columns: true, bom: true, delimiter: ';' }) as Record<string, string>[];
      }),
    );
    const robRsvp = rsvps!.find((r) => r.category === 'onderzoek')!;
    expect(robRsvp.invitee).toMatch(/^P-[0-9a-f]{12}$/);
    const byRole = (role: string) => reflections!.filter((r) => r.role === role).map((r) => r.participant);
    expect(byRole('invitee')).toEqual([robRsvp.invitee]);
    expect(byRole('facilitator')).toEqual([expect.stringMatching(/^P-[0-9a-f]{12}$/)]);
    expect(byRole('facilitator')).not.toEqual(byRole('invitee'));
  });

  it('reminds, once, through the contact only those outside Teams who have not answered; closes with them counted', async () => {
    await setUp();
    const { rob } = await inviteAndAnswerOnThePage();
    bot.clock.set(OPENS);
    await bot.runJobs();
    const robPath = pagePath(await promptOf(`link:${rob.id}`));
    const browser = new Browser(bot.url);
    expect((await browser.answer(robPath, fullAnswers)).status).toBe(303);

    bot.clock.set('2027-03-19T16:00:01Z');
    let mark = bot.connector.calls.length;
    await bot.runJobs();
    const reminders = textsCards(sentInto(bot.connector.since(mark), personalChat(bot, contact).id));
    expect(reminders).toHaveLength(1);
    const text = cardText(reminders[0]!.body);
    expect(text).toContain('Van deze deelnemers buiten Teams (2) is nog geen reflectie binnen.');
    expect(text).toContain('Herinnering: we horen graag hoe je de bijeenkomst vond.');
    expect(text).toContain('Voor Frida Begeleider (frida@begeleiding.example)');
    expect(text).toContain('Voor Derk Delegee (derk@ocw.example)');
    expect(text).not.toContain('Rob Researcher');
    // The same links as the first time: the reminder points to the same page.
    const frida = await promptOf('link:facilitator');
    expect(frida.remindedAt).toBe('2027-03-19T16:00:01.000Z');
    expect(linksIn(reminders[0]!.body)).toContain(pagePath(frida));
    mark = bot.connector.calls.length;
    await bot.runJobs();
    expect(textsCards(bot.connector.since(mark))).toEqual([]);

    const openCsrf = /name="csrf" value="([^"]+)"/.exec((await browser.get(robPath)).html)![1]!;
    // Closed after 14 days: the contact's results count all four asked; the page shows Rob's answers, read-only.
    bot.clock.set('2027-03-30T16:00:01Z');
    mark = bot.connector.calls.length;
    await bot.runJobs();
    const results = sentInto(bot.connector.since(mark), personalChat(bot, contact).id).find((c) =>
      cardText(c.body).includes('Resultaten reflectie'),
    );
    expect(cardText(results?.body)).toContain('1 van 4 gereageerd (25%)');
    expect(cardText(results?.body)).toMatch(
      /Dat scholen meer ruimte hebben dan ze denken\.\s+— Rob Researcher/,
    );
    const closed = await browser.get(robPath);
    expect(closed.status).toBe(200);
    const shown = textOf(closed.html);
    expect(shown).toContain('De reflectie op deze bijeenkomst is gesloten.');
    expect(shown).toContain('Je antwoorden');
    expect(shown).toContain('4 van 5');
    expect(closed.html).not.toContain('<form');
    // A form opened before the close and sent after it is refused, with the answers kept as they were.
    const before = await bot.store.reflections.listFor(meeting.id);
    const late = await browser.post(robPath, { csrf: openCsrf, ...fullAnswers, usefulness: '1' });
    expect(late.status).toBe(422);
    expect(textOf(late.html)).toContain('De reflectie op deze bijeenkomst is gesloten.');
    expect(await bot.store.reflections.listFor(meeting.id)).toEqual(before);
  });

  it('asks by link, once, someone a prompt run that failed half-way recorded but did not ask', async () => {
    await setUp();
    const { rob } = await inviteAndAnswerOnThePage();
    bot.clock.set(OPENS);
    // As if an earlier run recorded Rob's prompt and then failed before asking anyone by link.
    await bot.store.reflections.recordPrompt({
      meetingId: meeting.id,
      broedplaatsId: b.id,
      participant: {
        aadObjectId: `link:${rob.id}`,
        name: 'Rob Researcher',
        role: 'invitee',
      },
      sentAt: '2027-03-16T16:00:00.000Z',
      via: 'queued',
    });
    let mark = bot.connector.calls.length;
    await bot.runJobs();
    const texts = textsCards(sentInto(bot.connector.since(mark), personalChat(bot, contact).id));
    expect(texts).toHaveLength(1);
    expect(cardText(texts[0]!.body)).toContain('Voor Rob Researcher (rob@uu.example)');
    const robPrompt = await promptOf(`link:${rob.id}`);
    expect(robPrompt).toMatchObject({ via: 'link', sentAt: '2027-03-16T16:00:00.000Z' });
    expect(linksIn(texts[0]!.body)).toContain(pagePath(robPrompt));

    // Asked now, so the prompt run once more (under another job id) asks nobody again.
    await bot.store.jobs.put({
      id: `reflection-prompt|${meeting.id}|again`,
      kind: 'reflection.prompt',
      dueAt: bot.clock.now().toISOString(),
      payload: { broedplaatsId: b.id, meetingId: meeting.id },
      attempts: 0,
      leaseOwner: '',
      leaseUntil: '',
      createdAt: bot.clock.now().toISOString(),
    });
    mark = bot.connector.calls.length;
    expect(await bot.runJobs()).toBe(1);
    expect(bot.connector.since(mark).filter((c) => c.kind !== 'member')).toEqual([]);
  });

  it('opens only genuine links of someone asked by link, with a clear page otherwise; posts need the page’s token', async () => {
    await setUp();
    const { rob } = await inviteAndAnswerOnThePage();
    bot.clock.set(OPENS);
    await bot.runJobs();
    const robPrompt = await promptOf(`link:${rob.id}`);
    const good = pagePath(robPrompt);
    const token = reflectionToken(LINK_SECRET, robPrompt);
    const exp = Math.floor(Date.parse('2027-05-01T00:00:00Z') / 1000);
    const sign = (ids: string[], kind = 'reflect') => signLink(LINK_SECRET, { kind, ids, exp });
    const bad = {
      // Rob's signature under a payload naming another participant.
      tampered: `/reflect/${sign([b.id, meeting.id, 'link:facilitator']).split('.')[0]}.${token.split('.')[1]}`,
      otherSecret: `/reflect/${signLink('another-secret-of-enough-length-0123456789', { kind: 'reflect', ids: [b.id, meeting.id, `link:${rob.id}`], exp })}`,
      neverAsked: `/reflect/${sign([b.id, meeting.id, 'link:someone-else'])}`,
      teamsParticipant: `/reflect/${sign([b.id, meeting.id, contact.aadObjectId])}`,
      otherBroedplaats: `/reflect/${sign(['elders', meeting.id, `link:${rob.id}`])}`,
      rsvpKind: `/reflect/${sign([b.id, meeting.id, `link:${rob.id}`], 'rsvp')}`,
      garbage: '/reflect/not-a-token',
    };
    for (const [what, path] of Object.entries(bad)) {
      const res = await new Browser(bot.url).get(path);
      expect([what, res.status]).toEqual([what, 404]);
      expect(textOf(res.html)).toContain('Deze link is onvolledig of klopt niet.');
    }

    const browser = new Browser(bot.url);
    const csrf = /name="csrf" value="([^"]+)"/.exec((await browser.get(good)).html)![1]!;
    const unknownField = await browser.post(good, { csrf, ...fullAnswers, aadObjectId: contact.aadObjectId });
    expect(unknownField.status).toBe(400);
    expect(textOf(unknownField.html)).toContain('Dit formulier klopt niet (meer).');

    // A post without this browser's page (another browser, an old tab): nothing stored, and the form comes back
    // with what was typed and a token that this browser can send.
    const other = new Browser(bot.url);
    const stale = await other.post(good, { csrf, ...fullAnswers, perspectives: 'Veel <geleerd>' });
    expect(stale.status).toBe(403);
    expect(textOf(stale.html)).toContain(
      'Je antwoorden zijn nog niet opgeslagen, omdat de pagina verouderd was. Controleer ze hieronder en verstuur ze opnieuw.',
    );
    expect(stale.html).toContain('Veel &lt;geleerd&gt;</textarea>');
    expect(stale.html).toContain('id="followUpWish-yes" name="followUpWish" value="yes" checked');
    expect(await bot.store.reflections.listFor(meeting.id)).toEqual([]);
    const fresh = /name="csrf" value="([^"]+)"/.exec(stale.html)![1]!;
    expect((await other.post(good, { csrf: fresh, ...fullAnswers })).status).toBe(303);
    expect(await bot.store.reflections.listFor(meeting.id)).toHaveLength(1);

    // Two months after the reflection closed (30 March), the link has expired.
    bot.clock.set('2027-05-28T16:00:00Z');
    expect((await new Browser(bot.url).get(good)).status).toBe(200);
    bot.clock.set('2027-05-29T16:00:01Z');
    const expired = await new Browser(bot.url).get(good);
    expect(expired.status).toBe(410);
    expect(textOf(expired.html)).toContain(
      'Deze link is verlopen: de reflectie op deze bijeenkomst is gesloten.',
    );
  });

  it('asks in Teams whom Teams knows by e-mail, once, and by link someone picked in Teams but not reachable there', async () => {
    await setUp();
    // The facilitator is a member of the network's conversation, and was also invited by e-mail (and accepted).
    const frida = makeUser('Frida Begeleider');
    await personalChat(bot, frida).install(frida);
    bot.connector.members.set('frida@begeleiding.example', {
      email: 'frida@begeleiding.example',
      name: frida.name,
      aadObjectId: frida.aadObjectId,
      id: frida.id,
    });
    await givenInvitation(bot, meeting, { name: 'Frida B.', email: 'Frida@Begeleiding.example' }, 'accepted');
    // A guest picked in Teams whom the bot could not reach (her invitation went nowhere), who accepted anyway.
    const gina = makeUser('Gina Gast');
    const guest = await givenInvitation(
      bot,
      meeting,
      { name: gina.name, aadObjectId: gina.aadObjectId, email: 'gina@elders.example' },
      'accepted',
    );

    bot.clock.set(OPENS);
    const mark = bot.connector.calls.length;
    await bot.runJobs();
    const prompts = await bot.store.reflections.promptsFor(meeting.id);
    expect(prompts.map((p) => [p.participant.aadObjectId, p.participant.role, p.via]).sort()).toEqual(
      [
        [contact.aadObjectId, 'contact', '1:1'],
        [frida.aadObjectId, 'facilitator', '1:1'],
        [`link:${guest.id}`, 'invitee', 'link'],
      ].sort(),
    );
    const calls = bot.connector.since(mark);
    expect(sentInto(calls, personalChat(bot, frida).id).map((c) => cardText(c.body))).toEqual([
      expect.stringContaining(`Reflectie: bijeenkomst 1 van ${b.network.name}`),
    ]);
    expect(cardText(textsCards(calls)[0]?.body)).toContain('Voor Gina Gast (gina@elders.example)');
  });

  it('takes no answers while a meeting moved later has not ended, nor for one called off', async () => {
    await setUp();
    const { rob } = await inviteAndAnswerOnThePage();
    bot.clock.set(OPENS);
    await bot.runJobs();
    const path = pagePath(await promptOf(`link:${rob.id}`));
    const browser = new Browser(bot.url);
    const csrf = /name="csrf" value="([^"]+)"/.exec((await browser.get(path)).html)![1]!;

    await bot.store.meetings.update(b.id, meeting.id, (m) => ({
      ...m,
      start: '2027-03-23T13:00:00.000Z',
      end: '2027-03-23T15:00:00.000Z',
    }));
    const moved = await browser.get(path);
    expect(textOf(moved.html)).toContain('De reflectie op deze bijeenkomst is nog niet open');
    expect(moved.html).not.toContain('<form');
    const early = await browser.post(path, { csrf, ...fullAnswers });
    expect(early.status).toBe(422);
    expect(textOf(early.html)).toContain('De reflectie op deze bijeenkomst is nog niet open');

    await bot.store.meetings.update(b.id, meeting.id, (m) => ({ ...m, status: 'cancelled' }));
    bot.clock.set('2027-03-24T09:00:00Z');
    const cancelled = await browser.get(path);
    expect(textOf(cancelled.html)).toContain('Deze bijeenkomst is afgezegd.');
    const refused = await browser.post(path, { csrf, ...fullAnswers });
    expect(refused.status).toBe(422);
    expect(await bot.store.reflections.listFor(meeting.id)).toEqual([]);
  });

  describe('with mail through Microsoft Graph', () => {
    async function givenAccepted(): Promise<{ rob: Invitation; xena: Invitation }> {
      const rob = await givenInvitation(
        bot,
        meeting,
        { name: 'Rob Researcher', email: 'rob@uu.example' },
        'accepted',
      );
      const xena = await givenInvitation(bot, meeting, { name: 'Xena Zonder Adres' }, 'accepted');
      return { rob, xena };
    }

    it('e-mails each participant with an address their link, reminds by e-mail once, and gives the contact only the rest', async () => {
      await setUp(MAIL_ENV);
      const { rob, xena } = await givenAccepted();
      graphToken();
      const sent = graphTakes(2);
      bot.clock.set(OPENS);
      const mark = bot.connector.calls.length;
      await bot.runJobs();

      expect(sent.map((m) => m.to)).toEqual(
        expect.arrayContaining([
          [{ emailAddress: { name: 'Rob Researcher', address: 'rob@uu.example' } }],
          [{ emailAddress: { name: 'Frida Begeleider', address: 'frida@begeleiding.example' } }],
        ]),
      );
      const robMail = sent.find((m) => JSON.stringify(m.to).includes('rob@uu.example'))!;
      expect(robMail.subject).toBe(
        `Reflectie: broedplaats ${b.network.name}, bijeenkomst 1 / Reflection: broedplaats ${b.network.name}, meeting 1`,
      );
      const robPrompt = await promptOf(`link:${rob.id}`);
      expect(robMail.content).toContain(`href="https://broedplaats.test${pagePath(robPrompt)}"`);
      expect(robMail.content).toContain(`href="https://broedplaats.test${pagePath(robPrompt, 'en')}"`);
      expect(robMail.content).toContain('Beste Rob Researcher,');
      expect(robPrompt.via).toBe('email');
      expect((await promptOf(`link:${xena.id}`)).via).toBe('link');
      const texts = textsCards(sentInto(bot.connector.since(mark), personalChat(bot, contact).id));
      expect(texts).toHaveLength(1);
      expect(cardText(texts[0]!.body)).toContain('Deze deelnemer is niet via Teams te bereiken.');
      expect(cardText(texts[0]!.body)).toContain('Voor Xena Zonder Adres');
      expect(cardText(texts[0]!.body)).not.toContain('Rob Researcher');

      // Three days on: one reminder e-mail to each who has not answered (Frida answered meanwhile).
      expect(
        (await new Browser(bot.url).answer(pagePath(await promptOf('link:facilitator')), fullAnswers)).status,
      ).toBe(303);
      const reminders = graphTakes(3);
      bot.clock.set('2027-03-19T16:00:01Z');
      await bot.runJobs();
      await bot.runJobs();
      expect(reminders.map((m) => m.to)).toEqual([
        [{ emailAddress: { name: 'Rob Researcher', address: 'rob@uu.example' } }],
      ]);
      expect(reminders[0]!.subject).toBe(
        `Herinnering: Reflectie: broedplaats ${b.network.name}, bijeenkomst 1 / Reminder: Reflection: broedplaats ${b.network.name}, meeting 1`,
      );
      expect(reminders[0]!.content).toContain('Herinnering: we horen graag hoe je de bijeenkomst vond.');
    });

    it('keeps a mail Graph refuses among the undelivered, and gives that link to the contact instead', async () => {
      await setUp(MAIL_ENV);
      await bot.store.broedplaatsen.update(b.id, (x) => ({ ...x, facilitator: { chosen: false } }));
      await givenAccepted();
      graphToken();
      nock('https://graph.microsoft.com')
        .post(SEND_MAIL)
        .reply(403, { error: { code: 'ErrorAccessDenied', message: 'Access is denied.' } });
      bot.clock.set(OPENS);
      const mark = bot.connector.calls.length;
      await bot.runJobs();
      expect(await bot.store.undelivered.list(b.id)).toEqual([
        expect.objectContaining({
          purpose: 'reflection-mail',
          recipient: 'Rob Researcher',
          reason: expect.stringContaining('403'),
        }),
      ]);
      const texts = textsCards(sentInto(bot.connector.since(mark), personalChat(bot, contact).id));
      expect(cardText(texts[0]!.body)).toContain('Voor Rob Researcher (rob@uu.example)');
      expect(cardText(texts[0]!.body)).toContain('Voor Xena Zonder Adres');
    });
  });
});

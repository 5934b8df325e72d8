// People picked in Teams are invitable from any conversation: by Teams user id or Entra id, named at once, reached
// 1:1 the way Teams allows, and where the bot cannot reach them the contact is told why in words, with the e-mail way.
import { randomUUID } from 'node:crypto';
import nock from 'nock';
import type { Meeting } from '../../src/domain/meeting';
import {
  buttonData,
  cardOf,
  cardText,
  NO_CHATS_OPEN,
  sentInto,
  type ConnectorCall,
} from '../driver/connector';
import {
  groupChat,
  invokeResult,
  makeUser,
  personalChat,
  TestConversation,
  type TestUser,
} from '../driver/conversation';
import { sendInvitationForm, startWithMeeting } from '../driver/factories';
import { graphTakes, graphToken, MAIL_ENV } from '../driver/graph';
import type { TestBot } from '../driver/test-bot';

/** Tuesday 2 March 2027, 10:00 in the Netherlands; the meeting is on Tuesday 16 March, 14:00–16:30. */
const NOW = '2027-03-02T09:00:00Z';
const AT = { start: '2027-03-16T13:00:00.000Z', end: '2027-03-16T15:30:00.000Z' };
/** What the contact must never be shown: the codes Teams answers with. */
const CODES = /\b(403|404|429|500)\b|UserNotFound|BotNotInConversationRoster|Forbidden/;
const NOT_REACHABLE =
  'de app is niet voor die persoon geïnstalleerd en die deelt geen team of chat met de bot';

describe('inviting people picked in Teams', () => {
  let bot: TestBot;
  let team: TestConversation;
  let contact: TestUser;
  let colleague: TestUser;
  let meeting: Meeting;

  async function setUp(env: Record<string, string> = {}) {
    contact = makeUser('Carla Contact');
    const start = { now: NOW, team: 'broedplaats-picked', at: AT, contact, installed: [contact], env };
    ({ bot, team, meeting } = await startWithMeeting(start));
    colleague = makeUser('Marit Medewerker');
  }
  afterEach(async () => {
    nock.cleanAll();
    await bot.stop();
  });

  /** The colleague as a Teams account of the tenant, a member of `conversations` only (and of 1:1 chats with the bot). */
  function colleagueInTeams(conversations: string[] = []) {
    bot.connector.members.set(colleague.id, {
      email: 'marit@school.example',
      aadObjectId: colleague.aadObjectId,
      name: colleague.name,
      conversations,
    });
  }

  /** `who` sends the invitation form in `where` with `values`; returns the turn. */
  const invite = (where: TestConversation, values: Record<string, string>, who: TestUser = contact) =>
    sendInvitationForm(where, who, values);

  const opened = (calls: ConnectorCall[]) => calls.filter((c) => c.kind === 'createConversation');
  const invitationOf = async () =>
    (await bot.store.invitations.listFor(meeting.id)).find(
      (i) => i.invitee.aadObjectId === colleague.aadObjectId,
    );
  const deliveryJobs = async () =>
    (await bot.store.jobs.due('2100-01-01T00:00:00.000Z', 100)).filter(
      (j) => j.value.kind === 'outbox.deliver',
    );

  it('invites a colleague picked in the personal chat by Teams user id: a 1:1 chat opened with that id, under their name', async () => {
    await setUp();
    colleagueInTeams();
    const result = await invite(personalChat(bot, contact), { people: colleague.id, peopleCategory: 'ocw' });

    const notice = cardText(invokeResult(result).card);
    expect(notice).toContain('Persoonlijk in Teams verstuurd aan: Marit Medewerker.');
    expect(notice).not.toContain('herken ik niet');
    expect(opened(result.calls).map((c) => c.body.members)).toEqual([[{ id: colleague.id, name: '' }]]);
    const chatId = (await bot.store.conversations.personalChatOf(colleague.aadObjectId))!.address.conversation
      .id;
    const card = cardOf(sentInto(result.calls, chatId)[0]!);
    expect(cardText(card)).toContain('Carla Contact nodigt je uit voor bijeenkomst 1.');
    expect(await invitationOf()).toMatchObject({
      invitee: { name: 'Marit Medewerker', aadObjectId: colleague.aadObjectId, category: 'ocw' },
      delivery: { via: '1:1', conversationId: chatId },
    });
    const tally = result.cards.find((c) => cardText(c).includes('Wie komt er'));
    expect(cardText(tally)).toContain('Marit Medewerker');

    // The colleague answers in that chat, and a reminder later finds the same chat.
    const chat = new TestConversation(bot, chatId, 'personal');
    const answered = await chat.execute(colleague, 'rsvp.answer', buttonData(card, 'Misschien'));
    expect(cardText(invokeResult(answered).card)).toContain('Jouw antwoord: misschien');
  });

  it('names and reaches no one of another tenant whose Entra id is put in the picker value', async () => {
    await setUp();
    const stranger = makeUser('Sanne Elders', { tenantId: '99999999-8888-7777-6666-555555555555' });
    await personalChat(bot, stranger).install(stranger);
    bot.connector.script = NO_CHATS_OPEN;
    const result = await invite(personalChat(bot, contact), {
      people: stranger.aadObjectId,
      peopleCategory: 'ocw',
    });
    expect(JSON.stringify(result.body)).not.toContain('Sanne Elders');
    expect(sentInto(result.calls, personalChat(bot, stranger).id)).toEqual([]);
    const stored = await bot.store.invitations.listFor(meeting.id);
    expect(stored.some((i) => i.invitee.name === 'Sanne Elders')).toBe(false);
  });

  it('names a colleague picked by Entra object id (as the Teams picker gives it) though no conversation has them', async () => {
    await setUp();
    colleagueInTeams();
    const result = await invite(personalChat(bot, contact), {
      people: colleague.aadObjectId,
      peopleCategory: 'inspectie',
    });
    const notice = cardText(invokeResult(result).card);
    expect(notice).toContain('Persoonlijk in Teams verstuurd aan: Marit Medewerker.');
    expect(notice).not.toContain('Teams-gebruiker');
    expect((await invitationOf())?.invitee.name).toBe('Marit Medewerker');
    // One 1:1 chat: the one opened to learn who it is also carries the invitation.
    expect(opened(result.calls)).toHaveLength(1);
  });

  it('reaches a member picked in a group chat 1:1 with their Teams user id, which every Teams client accepts', async () => {
    await setUp();
    const group = groupChat(bot, 'schoolleiders');
    colleagueInTeams([group.id]);
    // As the Agents Playground does: a chat opened with an Entra id is made, but nothing sent into it arrives.
    const playground = bot.connector.script;
    bot.connector.script = (c) => {
      if (
        c.kind === 'createConversation' &&
        (c.body.members as { id: string }[])[0]?.id === colleague.aadObjectId
      )
        return { status: 201, body: { id: 'a:opened-by-entra-id' } };
      if (c.conversationId === 'a:opened-by-entra-id')
        return { status: 500, body: { error: { code: 'UserNotFound', message: 'User not found' } } };
      return playground?.(c);
    };
    const result = await invite(group, { people: colleague.id, peopleCategory: 'vo-raad' });
    expect(cardText(invokeResult(result).card)).toContain(
      'Persoonlijk in Teams verstuurd aan: Marit Medewerker.',
    );
    expect(opened(result.calls).map((c) => c.body.members)).toEqual([[{ id: colleague.id, name: '' }]]);
    expect((await invitationOf())?.delivery.via).toBe('1:1');
  });

  it('tells the contact at once, in words, when Teams does not find the person, and retries nothing for days', async () => {
    await setUp();
    const group = groupChat(bot, 'schoolleiders');
    colleagueInTeams([group.id]);
    bot.connector.script = (c) =>
      c.kind === 'send' && c.conversationId?.startsWith('a:created-')
        ? { status: 500, body: { error: { code: 'UserNotFound', message: 'User not found' } } }
        : undefined;
    const result = await invite(group, { people: colleague.id, peopleCategory: 'vo-raad' });
    const notice = cardText(invokeResult(result).card);
    expect(notice).toContain(
      'Niet via Teams bereikbaar: Marit Medewerker, want Teams vindt die persoon niet voor de bot (de app is niet voor die persoon geïnstalleerd, of het account hoort bij een andere organisatie). Zij antwoorden via een persoonlijke link',
    );
    expect(notice).not.toMatch(CODES);
    expect(notice).not.toContain('Wordt zo snel mogelijk bezorgd');
    expect(await deliveryJobs()).toEqual([]);
    expect((await invitationOf())?.delivery.via).toBe('none');
  });

  it('says why a picked person cannot be reached, in the contact’s language, and gives the text to e-mail to their address', async () => {
    await setUp();
    const group = groupChat(bot, 'schoolleiders');
    colleagueInTeams([group.id]);
    bot.connector.script = NO_CHATS_OPEN;
    const english = { ...contact, locale: 'en-US' };
    const result = await invite(group, { people: colleague.id, peopleCategory: 'vo-raad' }, english);

    const notice = cardText(invokeResult(result).card);
    expect(notice).toContain(
      "Not reachable in Teams: Marit Medewerker, because the app is not installed for them and they share no team or chat with the bot. They answer through a personal link; I'll give you an invitation text with that link to e-mail.",
    );
    expect(notice).toContain('The invitation texts with personal links are in our personal chat.');
    expect(notice).not.toMatch(CODES);
    // Not into the network's channel: she is no member there, so a card there would reach no one.
    expect(sentInto(result.calls, team.id)).toEqual([]);
    const texts = sentInto(result.calls, personalChat(bot, contact).id).map((c) => cardOf(c));
    const forHer = texts.find((c) => cardText(c).includes('For Marit Medewerker (marit@school.example)'));
    expect(JSON.stringify(forHer)).toContain('mailto:marit%40school.example?subject=');
    expect(await invitationOf()).toMatchObject({
      invitee: { name: 'Marit Medewerker', email: 'marit@school.example' },
      delivery: { via: 'none' },
    });
    expect(await deliveryJobs()).toEqual([]);
  });

  it('mails the invitation to a picked person the bot cannot reach in Teams, and says so with the reason', async () => {
    await setUp(MAIL_ENV);
    const group = groupChat(bot, 'schoolleiders');
    colleagueInTeams([group.id]);
    bot.connector.script = NO_CHATS_OPEN;
    graphToken();
    const mails = graphTakes(1);
    const result = await invite(group, { people: colleague.id, peopleCategory: 'vo-raad' });
    expect(cardText(invokeResult(result).card)).toContain(
      `Niet via Teams bereikbaar, want ${NOT_REACHABLE}; daarom per e-mail uitgenodigd (met een persoonlijke link): Marit Medewerker.`,
    );
    expect(mails.map((m) => m.to)).toEqual([
      [{ emailAddress: { name: 'Marit Medewerker', address: 'marit@school.example' } }],
    ]);
    expect((await invitationOf())?.delivery.via).toBe('email');
  });

  it('refuses a pick nobody can tell the bot about, says what to do instead, and keeps the others picked', async () => {
    await setUp();
    colleagueInTeams();
    const stranger = `29:${randomUUID()}`;
    bot.connector.script = (c) =>
      c.kind === 'createConversation' && (c.body.members as { id: string }[])[0]?.id === stranger
        ? { status: 403, body: { error: { code: 'BotNotInConversationRoster', message: 'Forbidden' } } }
        : undefined;
    const result = await invite(personalChat(bot, contact), {
      people: `${colleague.id},${stranger}`,
      peopleCategory: 'ocw',
    });
    const form = invokeResult(result).card;
    const text = cardText(form);
    expect(text).toContain(
      `Een van de gekozen mensen kan ik niet via Teams uitnodigen: ${NOT_REACHABLE}; Teams zegt mij ook niet wie het is. Ik heb die persoon uit de keuze gehaald. Vul naam en e-mailadres in bij Persoon 1 tot 3: dan gaat de uitnodiging per e-mail, met een persoonlijke link om te antwoorden.`,
    );
    expect(text).not.toMatch(CODES);
    expect(JSON.stringify(form)).toContain(`"value":"${colleague.id}"`);
    expect(JSON.stringify(form)).not.toContain(stranger);
    expect(await bot.store.invitations.listFor(meeting.id)).toEqual([]);
    expect(result.calls.filter((c) => c.kind === 'send')).toEqual([]);
  });
});

// A colleague picked in the people picker whom Teams does not let the bot reach (no shared team, app not installed) is
// named from the organisation's directory (Microsoft Graph) and invited by e-mail; when the directory does not say,
// or the contact is of another tenant, the contact is asked for name and e-mail as before.
import nock from 'nock';
import type { Meeting } from '../../src/domain/meeting';
import { cardOf, cardText, NO_CHATS_OPEN, sentInto } from '../driver/connector';
import { invokeResult, makeUser, personalChat, type TestUser } from '../driver/conversation';
import { sendInvitationForm, startWithMeeting } from '../driver/factories';
import { DIRECTORY_ENV, graphTakes, graphToken, graphUser, MAIL_ENV, MAIL_TENANT } from '../driver/graph';
import type { TestBot } from '../driver/test-bot';

/** Tuesday 2 March 2027, 10:00 in the Netherlands; the meeting is on Tuesday 16 March, 14:00–16:30. */
const NOW = '2027-03-02T09:00:00Z';
const AT = { start: '2027-03-16T13:00:00.000Z', end: '2027-03-16T15:30:00.000Z' };
const NOT_REACHABLE =
  'de app is niet voor die persoon geïnstalleerd en die deelt geen team of chat met de bot';
const ASK_BY_NAME = `Een van de gekozen mensen kan ik niet via Teams uitnodigen: ${NOT_REACHABLE}; Teams zegt mij ook niet wie het is. Ik heb die persoon uit de keuze gehaald. Vul naam en e-mailadres in bij Persoon 1 tot 3`;
/** What the contact must never be shown: the codes Teams and Graph answer with. */
const CODES =
  /\b(403|404|500)\b|Forbidden|Authorization_RequestDenied|Request_ResourceNotFound|BotNotInConversationRoster|Graph/;
const OTHER_TENANT = '99999999-8888-4777-8666-555555555555';

describe('inviting a colleague picked by Entra id whom Teams does not let the bot reach', () => {
  let bot: TestBot;
  let contact: TestUser;
  let colleague: TestUser;
  let meeting: Meeting;

  /** A bot with `env`; the contact (of `tenant`) has a broedplaats with one meeting; Teams opens no 1:1 chats. */
  async function setUp(env: Record<string, string>, tenant = MAIL_TENANT) {
    contact = makeUser('Carla Contact', { tenantId: tenant });
    const start = { now: NOW, team: 'netwerk-directory', at: AT, contact, installed: [contact], env };
    ({ bot, meeting } = await startWithMeeting(start));
    // Known to no conversation of the bot, and the app is not installed for her.
    colleague = makeUser('Marit Medewerker', { tenantId: tenant });
    bot.connector.script = NO_CHATS_OPEN;
  }
  afterEach(async () => {
    nock.cleanAll();
    await bot.stop();
  });

  /** The directory's answer for the colleague. */
  const inDirectory = (extra: Record<string, unknown> = {}) => ({
    id: colleague.aadObjectId,
    displayName: 'Marit Medewerker',
    mail: 'Marit@School.example',
    userPrincipalName: 'marit@school.example',
    ...extra,
  });

  /** The contact picks the colleague on the invitation form in their personal chat. */
  const invite = () =>
    sendInvitationForm(personalChat(bot, contact), contact, {
      people: colleague.aadObjectId,
      peopleCategory: 'inspectie',
    });

  const invitations = () => bot.store.invitations.listFor(meeting.id);

  it('names her from the directory at once and mails her the invitation, saying why in words', async () => {
    await setUp(DIRECTORY_ENV);
    graphToken(2);
    const asked = graphUser(colleague.aadObjectId, 200, inDirectory());
    const mails = graphTakes(1);

    const result = await invite();

    const notice = cardText(invokeResult(result).card);
    expect(notice).toContain(
      `Niet via Teams bereikbaar, want ${NOT_REACHABLE}; daarom per e-mail uitgenodigd (met een persoonlijke link): Marit Medewerker.`,
    );
    expect(notice).not.toMatch(CODES);
    expect(mails.map((m) => m.to)).toEqual([
      [{ emailAddress: { name: 'Marit Medewerker', address: 'marit@school.example' } }],
    ]);
    expect(mails[0]?.content).toContain('https://broedplaats.test/rsvp/');
    expect(asked).toEqual([`/v1.0/users/${colleague.aadObjectId}?$select=id,displayName,mail`]);
    expect(await invitations()).toMatchObject([
      {
        invitee: {
          name: 'Marit Medewerker',
          email: 'marit@school.example',
          aadObjectId: colleague.aadObjectId,
          category: 'inspectie',
        },
        delivery: { via: 'email' },
      },
    ]);
    const tally = result.cards.find((c) => cardText(c).includes('Wie komt er'));
    expect(cardText(tally)).toContain('Marit Medewerker');
  });

  it('keeps to the mail cap: named from the directory, but past the cap the contact gets the text for her address', async () => {
    await setUp({ ...DIRECTORY_ENV, MAIL_CAP_PER_CONTACT: '0' });
    graphToken(2);
    graphUser(colleague.aadObjectId, 200, inDirectory());
    const mails = graphTakes(1);

    const result = await invite();

    expect(mails).toEqual([]);
    expect(cardText(invokeResult(result).card)).toContain(
      `Niet via Teams bereikbaar: Marit Medewerker, want ${NOT_REACHABLE}.`,
    );
    const texts = sentInto(result.calls, personalChat(bot, contact).id).map((c) => cardText(cardOf(c)));
    expect(texts.join('\n')).toContain('Voor Marit Medewerker (marit@school.example)');
    expect((await invitations())[0]?.delivery.via).toBe('none');
  });

  it.each([
    [404, { error: { code: 'Request_ResourceNotFound', message: "Resource 'x' does not exist" } }],
    [403, { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges' } }],
    [500, { error: { code: 'generalException', message: 'Internal Server Error' } }],
  ])(
    'asks for name and e-mail as before when the directory answers %i, and shows no code',
    async (status, body) => {
      await setUp(DIRECTORY_ENV);
      graphToken(1);
      const asked = graphUser(colleague.aadObjectId, status, body);
      const mails = graphTakes(1);

      const result = await invite();

      expect(asked).toHaveLength(1);
      const text = cardText(invokeResult(result).card);
      expect(text).toContain(ASK_BY_NAME);
      expect(text).not.toMatch(CODES);
      expect(JSON.stringify(result.body)).not.toContain('Insufficient privileges');
      expect(mails).toEqual([]);
      expect(await invitations()).toEqual([]);
    },
  );

  it('does not look up a colleague picked by a contact of another tenant than the directory’s', async () => {
    await setUp(DIRECTORY_ENV, OTHER_TENANT);
    const token = graphToken(1);
    const asked = graphUser(colleague.aadObjectId, 200, inDirectory());

    const result = await invite();

    expect(asked).toEqual([]);
    expect(token.isDone()).toBe(false);
    expect(cardText(invokeResult(result).card)).toContain(ASK_BY_NAME);
    expect(await invitations()).toEqual([]);
  });

  it('does not look anyone up when only mail is configured, without GRAPH_USER_LOOKUP', async () => {
    await setUp(MAIL_ENV);
    const asked = graphUser(colleague.aadObjectId, 200, inDirectory());

    const result = await invite();

    expect(asked).toEqual([]);
    expect(cardText(invokeResult(result).card)).toContain(ASK_BY_NAME);
  });

  it('trusts no answer about someone else than the one picked', async () => {
    await setUp(DIRECTORY_ENV);
    graphToken(1);
    graphUser(colleague.aadObjectId, 200, inDirectory({ id: '00000000-0000-4000-8000-999999999999' }));

    const result = await invite();

    expect(cardText(invokeResult(result).card)).toContain(ASK_BY_NAME);
    expect(JSON.stringify(result.body)).not.toContain('Marit');
  });
});

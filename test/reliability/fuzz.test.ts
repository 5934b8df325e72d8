import fc from 'fast-check';
import type { Broedplaats } from '../../src/domain/broedplaats';
import { cleanText } from '../../src/domain/text';
import type { FeatureDeps } from '../../src/bot/deps';
import { buildFeatures } from '../../src/features';
import { cardText } from '../driver/connector';
import { channel, invokeResult, makeUser, personalChat, type TestUser } from '../driver/conversation';
import { givenBroedplaats, givenInvitation, givenMeeting } from '../driver/factories';
import { domainRows } from '../driver/storage';
import { startTestBot, type TestBot } from '../driver/test-bot';

const NOW = '2027-03-02T09:00:00Z';

const DUTCH = /\b(de|het|een|je|jij|niet|niets|geen|er|van|en|op|ik|typ|deze|wat|alleen|kaart)\b/i;
const ENGLISH = /\b(the|you|your|this|not|nothing|only|and|to|of|type|what|please|card)\b/i;

/** The answer is in the user's language: words of that language, and (what the user typed aside) none of the other. */
function expectLanguage(answer: string, typed: string, locale: 'nl' | 'en'): void {
  // The bot quotes what was typed as it read it (cleaned: trimmed, runs of spaces as one).
  const quoted = [typed, cleanText(typed), cleanText(typed, false)].filter((q) => q.length >= 3);
  const own = quoted.reduce((rest, q) => rest.split(q).join(' '), answer);
  expect(own.trim().length).toBeGreaterThan(0);
  if (locale === 'nl') expect(own).toMatch(DUTCH);
  else expect(own).toMatch(ENGLISH);
  if (locale === 'nl') expect(own).not.toMatch(/\b(please|the|you)\b/i);
  else expect(own).not.toMatch(/\b(het|jij|niet|deze)\b/i);
}

describe('fuzzing: any text and any card payload from an outsider', () => {
  let bot: TestBot;
  let b: Broedplaats;
  let meetingId: string;
  let invitationId: string;
  let pollInvitationId: string;
  let before: string;
  const contact = makeUser('Carla Contact');
  const outsiders: Record<'nl' | 'en', TestUser> = {
    nl: makeUser('Olaf Buitenstaander'),
    en: makeUser('Oscar Outsider', { locale: 'en-US' }),
  };

  beforeAll(async () => {
    bot = await startTestBot();
    bot.clock.set(NOW);
    const team = channel(bot, 'netwerk');
    b = await givenBroedplaats(bot, contact, team);
    const polling = await givenMeeting(
      bot,
      b,
      { start: '2027-03-16T13:00:00Z', end: '2027-03-16T15:00:00Z' },
      { status: 'polling' },
    );
    const scheduled = await givenMeeting(bot, b, {
      start: '2027-04-16T12:00:00Z',
      end: '2027-04-16T14:00:00Z',
    });
    meetingId = polling.id;
    invitationId = (await givenInvitation(bot, scheduled, { name: 'Inge Inspectie' }, 'accepted')).id;
    // An invitee in Teams invited while the date is being chosen: marks on the poll's moments are theirs alone.
    const invitee = makeUser('Ivo Inspectie');
    pollInvitationId = (
      await givenInvitation(bot, polling, { name: invitee.name, aadObjectId: invitee.aadObjectId })
    ).id;
    for (const u of Object.values(outsiders)) await personalChat(bot, u).install(u);
    before = await domainRows(bot);
  }, 60_000);
  afterAll(() => bot.stop());

  const locale = fc.constantFrom<'nl' | 'en'>('nl', 'en');

  it('answers any text in the user’s language, never with an error status, and changes nothing of others', async () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 100 }),
      fc.string({ unit: 'binary', maxLength: 100 }),
      fc.constantFrom(
        'status',
        'export',
        'rol',
        'vervolg',
        'dagdeel',
        'reflecties',
        'plan',
        'uitnodigen',
        'annuleer',
        'help me',
      ),
      fc.string({ minLength: 4001, maxLength: 12000 }),
      fc
        .tuple(fc.constantFrom('status ', 'plan ', 'vervolg ', 'intake '), fc.string({ maxLength: 300 }))
        .map(([a, c]) => a + c),
    );
    await fc.assert(
      fc.asyncProperty(text, locale, async (typed, lang) => {
        const user = outsiders[lang];
        const result = await personalChat(bot, user).say(user, typed);
        expect(result.status).toBe(200);
        const answer = [...result.texts, ...result.cards.map(cardText)].join('\n');
        expectLanguage(answer, typed, lang);
      }),
      // Each case is a real turn: on a slow machine, fewer cases (and less shrinking of a failure) in bounded time.
      { numRuns: 60, interruptAfterTimeLimit: 150_000 },
    );
    expect(await domainRows(bot)).toBe(before);
  }, 240_000);

  it('answers any payload of every card verb with a card or a message, never an error status, and changes nothing of others', async () => {
    const verbs = buildFeatures({} as FeatureDeps).features.flatMap((f) =>
      (f.actions ?? []).map((a) => a.verb),
    );
    expect(verbs.length).toBeGreaterThan(20);
    const id = fc.oneof(
      fc.constantFrom(
        b.id,
        meetingId,
        invitationId,
        pollInvitationId,
        '',
        "x' or '1'='1",
        '../..',
        'a'.repeat(5000),
      ),
      fc.string({ maxLength: 60 }),
    );
    const value = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ minLength: 5001, maxLength: 20000 }),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string(), { maxLength: 5 }),
      fc.object({ maxDepth: 3 }),
    );
    const payload = fc.oneof(
      fc.record(
        {
          broedplaatsId: id,
          meetingId: id,
          invitationId: id,
          followUpId: id,
          slotId: fc.constantFrom('s1', 's2', 's99', ''),
          answer: fc.constantFrom('yes', 'no', 'accepted', 'declined', 'delegated', 'maybe', 'x'),
          page: fc.oneof(fc.integer(), fc.string({ maxLength: 5 })),
          outcome: fc.constantFrom('done', 'dropped', 'other'),
          role: fc.constantFrom('lead', 'contact', 'facilitator', 'admin'),
          person: fc.constantFrom(contact.aadObjectId, outsiders.nl.aadObjectId, 'nobody', ''),
          extra: value,
        },
        { requiredKeys: [] },
      ),
      fc.dictionary(fc.string({ maxLength: 20 }), value, { maxKeys: 8 }),
      fc.anything({ maxDepth: 3 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...verbs),
        payload,
        locale,
        fc.boolean(),
        async (verb, data, lang, submit) => {
          const user = outsiders[lang];
          const chat = personalChat(bot, user);
          const result = submit
            ? await chat.submit(user, { ...(typeof data === 'object' && data ? data : { data }), verb })
            : await chat.execute(user, verb, data as Record<string, unknown>);
          expect(result.status).toBe(200);
          const invoke = invokeResult(result);
          const answer = submit
            ? [
                ...result.texts,
                ...result.cards.map(cardText),
                ...result.updates.map((u) => cardText(u.card)),
              ].join('\n')
            : (invoke.message ?? (invoke.card ? cardText(invoke.card) : ''));
          expectLanguage(answer, JSON.stringify(data) ?? '', lang);
        },
      ),
      { numRuns: 150, interruptAfterTimeLimit: 300_000 },
    );
    expect(await domainRows(bot)).toBe(before);
  }, 420_000);
});

// Fuzzing the reflection page behind a personal link: any posted form gets a page in the visitor's language (never an
// error status or a stack trace), and what is stored is only ever a complete, valid reflection of that one participant.
import fc from 'fast-check';
import {
  FOLLOW_UP_WISH,
  NEW_CONTACTS,
  REFLECTION_TEXT_MAX,
  type ReflectionPrompt,
} from '../../src/domain/reflection';
import { reflectionToken } from '../../src/features/reflection/links';
import { channel, makeUser } from '../driver/conversation';
import { givenBroedplaats, givenMeeting } from '../driver/factories';
import { LINK_SECRET, startTestBot, type TestBot } from '../driver/test-bot';

/** The meeting ended on 16 March 2027 at 16:00 (UTC); a day later the reflection is open. */
const NOW = '2027-03-17T09:00:00Z';

describe('fuzzing the reflection page of a participant outside Teams', () => {
  let bot: TestBot;
  afterAll(() => bot?.stop());

  it('answers any form with a page in the visitor’s language and stores only valid reflections of that participant', async () => {
    bot = await startTestBot();
    bot.clock.set(NOW);
    const contact = makeUser('Carla Contact');
    const b = await givenBroedplaats(bot, contact, channel(bot, 'netwerk'));
    const m = await givenMeeting(bot, b, { start: '2027-03-16T14:00:00Z', end: '2027-03-16T16:00:00Z' });
    const prompt: ReflectionPrompt = {
      meetingId: m.id,
      broedplaatsId: b.id,
      participant: {
        aadObjectId: 'link:inv-1',
        name: 'Rob Researcher',
        role: 'invitee',
      },
      sentAt: '2027-03-16T17:00:00.000Z',
      via: 'link',
    };
    await bot.store.reflections.recordPrompt(prompt);
    const path = `/reflect/${reflectionToken(LINK_SECRET, prompt)}`;
    const first = await fetch(`${bot.url}${path}`);
    expect(first.status).toBe(200);
    const cookie = first.headers.get('set-cookie')!.split(';')[0]!;
    const csrf = /name="csrf" value="([^"]+)"/.exec(await first.text())![1]!;

    const value = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.constantFrom('1', '3', '5', '0', '6', '4.5', 'na', 'true', ...NEW_CONTACTS, ...FOLLOW_UP_WISH, ''),
      fc.constantFrom('<script>alert(1)</script>', 'link:inv-2', contact.aadObjectId),
      fc.string({ minLength: REFLECTION_TEXT_MAX + 1, maxLength: 6000 }),
    );
    // Half the forms start from a complete, valid reflection, so stored rows are checked too.
    const complete = fc.record({
      usefulness: fc.constantFrom('1', '2', '3', '4', '5'),
      newContacts: fc.constantFrom(...NEW_CONTACTS),
      systemValue: fc.constantFrom('1', '5'),
      researchValue: fc.constantFrom('na', '2'),
      followUpWish: fc.constantFrom(...FOLLOW_UP_WISH),
    });
    const changes = fc.dictionary(
      fc.constantFrom(
        'usefulness',
        'perspectives',
        'newContacts',
        'systemValue',
        'researchValue',
        'followUps',
        'followUpWish',
        'remarks',
        'showName',
        'participant',
        'csrf',
      ),
      value,
      { maxKeys: 4 },
    );
    const form = fc
      .tuple(fc.option(complete, { nil: undefined }), changes)
      .map(([base, changed]) => ({ ...base, ...changed }));
    let stored = 0;
    await fc.assert(
      fc.asyncProperty(form, fc.constantFrom<'nl' | 'en'>('nl', 'en'), async (fields, lang) => {
        // A minute later each time: the page's request limits count per minute on the bot's clock.
        bot.clock.advance(61_000);
        const res = await fetch(`${bot.url}${path}?lang=${lang}`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
          body: new URLSearchParams({ csrf, ...fields }).toString(),
          redirect: 'manual',
        });
        const html = await res.text();
        expect([303, 400, 403, 422]).toContain(res.status);
        if (res.status !== 303) {
          expect(html).toContain(`<html lang="${lang}">`);
          expect(html).not.toMatch(/<script>|at \w+ \(|Error:/);
        }
        if (res.status === 303) stored++;
        const rows = await bot.store.reflections.listFor(m.id);
        expect(rows.length).toBeLessThanOrEqual(1);
        for (const r of rows) {
          expect(r.participant).toEqual({
            aadObjectId: 'link:inv-1',
            name: 'Rob Researcher',
            role: 'invitee',
          });
          expect(r.answers.usefulness).toBeGreaterThanOrEqual(1);
          for (const text of [r.answers.perspectives, r.answers.followUps, r.answers.remarks])
            expect((text ?? '').length).toBeLessThanOrEqual(REFLECTION_TEXT_MAX);
        }
      }),
      { numRuns: 60 },
    );
    expect(stored).toBeGreaterThan(0);
    expect(await bot.store.reflections.promptsFor(m.id)).toEqual([prompt]);
  }, 120_000);
});

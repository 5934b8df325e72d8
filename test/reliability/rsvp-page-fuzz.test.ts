// Fuzzing the answer page behind a personal link: any posted form gets a page in the visitor's language (never an
// error status or a stack trace), and what is stored is only ever a valid answer of that one invitation.
import fc from 'fast-check';
import { RSVP_ANSWERS } from '../../src/domain/invitation';
import { VOTE_ANSWERS } from '../../src/domain/meeting';
import { rsvpToken } from '../../src/features/invitations/links';
import { channel, makeUser } from '../driver/conversation';
import { givenBroedplaats, givenInvitation, givenMeeting } from '../driver/factories';
import { LINK_SECRET, startTestBot, type TestBot } from '../driver/test-bot';

const NOW = '2027-03-02T09:00:00Z';

describe('fuzzing the answer page of an invitee outside Teams', () => {
  let bot: TestBot;
  afterAll(() => bot?.stop());

  it('answers any form with a page in the visitor’s language and stores only valid answers of that invitation', async () => {
    bot = await startTestBot();
    bot.clock.set(NOW);
    const contact = makeUser('Carla Contact');
    const b = await givenBroedplaats(bot, contact, channel(bot, 'netwerk'));
    const m = await givenMeeting(
      bot,
      b,
      { start: '2027-04-16T12:00:00Z', end: '2027-04-16T14:00:00Z' },
      {
        status: 'polling',
        slots: [
          { id: 's1', start: '2027-04-16T12:00:00Z', end: '2027-04-16T14:00:00Z' },
          { id: 's2', start: '2027-04-17T12:00:00Z', end: '2027-04-17T14:00:00Z' },
        ],
      },
    );
    const inv = await givenInvitation(bot, m, { name: 'Rob Researcher', email: 'rob@uu.example' });
    const path = `/rsvp/${rsvpToken(LINK_SECRET, inv)}`;
    const first = await fetch(`${bot.url}${path}`);
    const cookie = first.headers.get('set-cookie')!.split(';')[0]!;
    const csrf = /name="csrf" value="([^"]+)"/.exec(await first.text())![1]!;

    const value = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.constantFrom(...RSVP_ANSWERS, ...VOTE_ANSWERS, '', 'rob@uu.example', '<script>alert(1)</script>'),
      fc.string({ minLength: 501, maxLength: 6000 }),
    );
    const form = fc.dictionary(
      fc.constantFrom(
        'answer',
        'note',
        'delegateName',
        'delegateEmail',
        'slot.s1',
        'slot.s2',
        'slot.zz',
        'extra',
        'csrf',
      ),
      value,
      { maxKeys: 6 },
    );
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
        const rsvps = await bot.store.invitations.rsvpsOf(m.id);
        expect(rsvps.length).toBeLessThanOrEqual(1);
        for (const r of rsvps) {
          expect(r.invitationId).toBe(inv.id);
          expect(RSVP_ANSWERS).toContain(r.answer);
          expect((r.note ?? '').length).toBeLessThanOrEqual(500);
          if (r.answer === 'delegated') expect(r.delegate?.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i);
        }
        for (const v of await bot.store.meetings.votesOf(m.id)) {
          expect(['s1', 's2']).toContain(v.slotId);
          expect(v.voter.id).toBe(`link:${inv.id}`);
        }
      }),
      { numRuns: 60 },
    );
    expect(await bot.store.invitations.listFor(m.id)).toEqual([inv]);
  }, 120_000);
});

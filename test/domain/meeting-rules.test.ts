import { DateTime } from 'luxon';
import {
  cancelMeeting,
  closePoll,
  isMeetingLink,
  moveMeeting,
  nextMeetingNumber,
  castAt,
  formatSlot,
  localMoment,
  planMeeting,
  rankSlots,
  readPlannedSlots,
  readSlots,
  type Meeting,
  tallyVotes,
  type Vote,
} from '../../src/domain/meeting';
import { signLink, verifyLink } from '../../src/web/signed-links';

const now = DateTime.fromISO('2027-03-02T09:00:00Z');
const id = (i: number) => `s${i + 1}`;

describe('proposed slots', () => {
  it('converts Dutch time to UTC on both sides of the summer-time change', () => {
    const result = readSlots(
      [
        { date: '2027-03-27', start: '10:00', end: '12:00' },
        { date: '2027-03-29', start: '10:00', end: '12:00' },
      ],
      now,
      id,
    );
    expect(result).toEqual({
      ok: true,
      slots: [
        { id: 's1', start: '2027-03-27T09:00:00.000Z', end: '2027-03-27T11:00:00.000Z' },
        { id: 's2', start: '2027-03-29T08:00:00.000Z', end: '2027-03-29T10:00:00.000Z' },
      ],
    });
  });

  it('refuses a time that does not exist when the clocks go forward, and accepts 03:00', () => {
    expect(localMoment('2027-03-28', '02:30')).toBeUndefined();
    expect(localMoment('2027-03-28', '03:00')?.toUTC().toISO()).toBe('2027-03-28T01:00:00.000Z');
    expect(localMoment('2027-02-30', '10:00')).toBeUndefined();
  });

  it('ignores empty rows and names each problem with its row', () => {
    const result = readSlots(
      [
        { date: '', start: '', end: '' },
        { date: '2027-03-16', start: '10:00', end: '10:05' },
        { date: '2027-03-16', start: '08:00', end: '23:00' },
      ],
      now,
      id,
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { key: 'slot.tooShort', slot: 2, minutes: 15 },
        { key: 'slot.tooLong', slot: 3, hours: 12 },
      ],
    });
  });

  it('shows a slot in Dutch time, in Dutch or English', () => {
    const slot = { start: '2027-06-15T12:00:00.000Z', end: '2027-06-15T14:30:00.000Z' };
    expect(formatSlot(slot, 'nl')).toBe('di 15 jun 2027, 14:00–16:30');
    expect(formatSlot(slot, 'en')).toBe('Tue 15 Jun 2027, 14:00–16:30');
  });
});

const by = { aadObjectId: 'aad-1', id: '29:1', name: 'Carla' };

/** A first meeting of broedplaats b1 planned by Carla at `createdAt`, polling over `slots`. */
function pollOver(slots: Meeting['slots'], createdAt: string): Meeting {
  return {
    version: 1,
    id: 'm1',
    broedplaatsId: 'b1',
    number: 1,
    purpose: 'Eerste bijeenkomst',
    status: 'polling',
    slots,
    poll: { conversationId: 'c1' },
    createdBy: by,
    createdAt,
    moves: [],
  };
}

describe('a meeting whose date is fixed already', () => {
  const row = (date: string) => ({ date, start: '14:00', end: '16:00' });
  const empty = { date: '', start: '', end: '' };

  it('takes exactly one moment, checked as a proposed one, and refuses none or more', () => {
    expect(readPlannedSlots([empty, row('2027-03-16'), empty], now, id, 'fixed')).toEqual({
      ok: true,
      slots: [{ id: 's1', start: '2027-03-16T13:00:00.000Z', end: '2027-03-16T15:00:00.000Z' }],
    });
    expect(readPlannedSlots([empty], now, id, 'fixed')).toEqual({
      ok: false,
      errors: [{ key: 'slots.fixedNone' }],
    });
    expect(readPlannedSlots([row('2027-03-16'), row('2027-03-17')], now, id, 'fixed')).toEqual({
      ok: false,
      errors: [{ key: 'slots.fixedMany', count: 2 }],
    });
    expect(readPlannedSlots([row('2027-03-01')], now, id, 'fixed')).toEqual({
      ok: false,
      errors: [{ key: 'slot.past', slot: 1 }],
    });
    expect(readPlannedSlots([row('2027-03-16')], now, id, 'poll')).toEqual({
      ok: false,
      errors: [{ key: 'slots.tooFew', min: 2 }],
    });
  });

  it('is scheduled on its moment by whoever planned it, as a poll closed on it; a poll stays a poll', () => {
    const slot = { id: 's1', start: '2027-03-16T13:00:00.000Z', end: '2027-03-16T15:00:00.000Z' };
    const draft = pollOver([slot], '2027-03-02T09:00:00.000Z');
    expect(planMeeting(draft, 'fixed')).toEqual({
      ...draft,
      status: 'scheduled',
      chosenSlotId: 's1',
      start: slot.start,
      end: slot.end,
      closedBy: by,
      closedAt: draft.createdAt,
    });
    expect(planMeeting(draft, 'poll')).toBe(draft);
  });
});

describe("a meeting's lifecycle: closing the poll, moving, calling off", () => {
  const s1 = { id: 's1', start: '2027-03-16T13:00:00.000Z', end: '2027-03-16T15:00:00.000Z' };
  const s2 = { id: 's2', start: '2027-03-17T13:00:00.000Z', end: '2027-03-17T15:00:00.000Z' };
  const polling = pollOver([s1, s2], '2027-03-01T09:00:00.000Z');
  const fixed = {
    ...polling,
    status: 'scheduled' as const,
    chosenSlotId: 's2',
    start: s2.start,
    end: s2.end,
  };

  it('closes a poll on one of its moments, and refuses an unknown moment or a poll closed already', () => {
    expect(closePoll(polling, 's2', by, now)).toEqual({
      ok: true,
      meeting: { ...fixed, closedBy: by, closedAt: '2027-03-02T09:00:00.000Z' },
    });
    expect(closePoll(polling, 's9', by, now)).toEqual({ ok: false, why: 'noSlot' });
    expect(closePoll(fixed, 's1', by, now)).toEqual({ ok: false, why: 'notPolling' });
  });

  it('moves a fixed meeting and keeps the old moment with who moved it and when', () => {
    const to = { start: '2027-03-20T09:00:00.000Z', end: '2027-03-20T11:00:00.000Z' };
    expect(moveMeeting(fixed, to, by, now)).toEqual({
      ok: true,
      meeting: {
        ...fixed,
        ...to,
        moves: [{ from: { start: s2.start, end: s2.end }, at: '2027-03-02T09:00:00.000Z', by }],
      },
    });
    expect(moveMeeting(polling, to, by, now)).toEqual({ ok: false, why: 'notScheduled' });
    expect(moveMeeting(fixed, to, by, DateTime.fromISO('2027-03-17T16:00:00Z'))).toEqual({
      ok: false,
      why: 'over',
    });
  });

  it('calls off a fixed meeting, kept for the record, but not one that is over or called off already', () => {
    const cancelled = cancelMeeting(fixed, by, now);
    expect(cancelled).toEqual({
      ok: true,
      meeting: { ...fixed, status: 'cancelled', cancelledAt: '2027-03-02T09:00:00.000Z', cancelledBy: by },
    });
    const calledOff = { ...fixed, status: 'cancelled' as const };
    expect(cancelMeeting(calledOff, by, now)).toEqual({ ok: false, why: 'notScheduled' });
    expect(cancelMeeting(fixed, by, DateTime.fromISO('2027-03-17T16:00:00Z'))).toEqual({
      ok: false,
      why: 'over',
    });
  });
});

describe('when a vote was cast', () => {
  const bot = new Date('2027-03-02T09:00:05.000Z');
  it('is when Teams says the click was sent, near the bot’s clock; else the bot’s now', () => {
    expect(castAt(new Date('2027-03-02T09:00:04.250Z'), bot)).toBe('2027-03-02T09:00:04.250Z');
    // Teams' clock a little ahead of the bot's: still Teams' time (one clock for every instance).
    expect(castAt(new Date('2027-03-02T09:00:06.000Z'), bot)).toBe('2027-03-02T09:00:06.000Z');
    // A redelivery minutes later keeps the click's time.
    expect(castAt(new Date('2027-03-02T08:52:00.000Z'), bot)).toBe('2027-03-02T08:52:00.000Z');
    for (const odd of [undefined, new Date('0001-01-01T00:00:00Z'), new Date('2027-03-02T09:10:00Z')])
      expect(castAt(odd, bot)).toBe('2027-03-02T09:00:05.000Z');
  });
});

describe('tallies and ranking', () => {
  const slots = [
    { id: 'a', start: '2027-03-16T13:00:00Z', end: '2027-03-16T15:00:00Z' },
    { id: 'b', start: '2027-03-17T13:00:00Z', end: '2027-03-17T15:00:00Z' },
    { id: 'c', start: '2027-03-18T13:00:00Z', end: '2027-03-18T15:00:00Z' },
  ];
  const vote = (slotId: string, who: string, answer: Vote['answer']): Vote => ({
    slotId,
    answer,
    voter: { aadObjectId: who, id: who, name: who },
    at: '2027-03-02T09:00:00Z',
  });

  it('ranks by yes, then maybe, then fewest no, then earliest', () => {
    const votes = [
      vote('a', '1', 'yes'),
      vote('b', '1', 'yes'),
      vote('b', '2', 'maybe'),
      vote('c', '2', 'yes'),
      vote('c', '3', 'maybe'),
      vote('c', '4', 'no'),
    ];
    const tallies = tallyVotes(slots, votes);
    expect(tallies).toEqual([
      { slotId: 'a', yes: 1, maybe: 0, no: 0 },
      { slotId: 'b', yes: 1, maybe: 1, no: 0 },
      { slotId: 'c', yes: 1, maybe: 1, no: 1 },
    ]);
    expect(rankSlots(slots, tallies).map((s) => s.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('the number of the next meeting', () => {
  const m = (number: number, status: 'polling' | 'scheduled' | 'cancelled') => ({ number, status });
  it.each([
    [[], 1],
    [[m(1, 'scheduled')], 2],
    [[m(1, 'cancelled')], 1],
    [[m(1, 'scheduled'), m(2, 'cancelled')], 2],
    // Meeting 1 called off while 2 stands: the next is 3, not a second 2.
    [[m(1, 'cancelled'), m(2, 'polling')], 3],
  ])('after %j it is %d', (meetings, expected) => {
    expect(nextMeetingNumber(meetings)).toBe(expected);
  });
});

describe('signed links', () => {
  const secret = 'a-secret-that-is-long-enough-for-hmac-signing-123';
  it('accepts its own token until it expires, and nothing tampered or of another kind', () => {
    const token = signLink(secret, { kind: 'ics', ids: ['b1', 'm1'], exp: 2000 });
    expect(verifyLink(secret, token, 'ics', 1000)).toEqual({ ok: true, ids: ['b1', 'm1'] });
    expect(verifyLink(secret, token, 'ics', 2001)).toEqual({ ok: false, reason: 'expired' });
    expect(verifyLink(secret, token, 'rsvp', 1000)).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyLink('another-secret-that-is-long-enough-for-hmac-x', token, 'ics', 1000)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    const [payload, sig] = token.split('.');
    const forged = Buffer.from(JSON.stringify(['ics', ['b1', 'm2'], 2000])).toString('base64url');
    expect(verifyLink(secret, `${forged}.${sig}`, 'ics', 1000)).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyLink(secret, `${payload}`, 'ics', 1000)).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyLink(secret, 'x.y.z', 'ics', 1000)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('the online link of a meeting', () => {
  it.each([
    ['https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d', true],
    ['https://meet.example.org/room-12', true],
    ['http://meet.example.org/room', false],
    ['https://example.org/a\r\nURL:javascript:alert(1)', false],
    ['https://example.org/a URL:javascript:alert(1)', false],
    ['https://meet.example.org/x y', false],
    ['https://a_b.example.org/x', false],
    ['https://user:secret@example.org/', false],
    ['javascript:alert(1)', false],
  ])('%p is a link cards, mails and calendar files can carry: %p', (link, ok) => {
    expect(isMeetingLink(link)).toBe(ok);
  });

  it('is accepted by the calendar file whenever it is accepted here', () => {
    const { createEvent } = jest.requireActual<typeof import('ics')>('ics');
    for (const url of [
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0',
      'https://meet.example.org/room-12',
    ]) {
      expect(isMeetingLink(url)).toBe(true);
      const made = createEvent({
        title: 'x',
        start: Date.UTC(2027, 2, 16, 13),
        startInputType: 'utc',
        duration: { hours: 1 },
        url,
      });
      expect([url, made.error]).toEqual([url, null]);
    }
  });
});

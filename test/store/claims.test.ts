import { z } from 'zod';
import { ActivityClaim, ActivityClaims, DuplicateActivityError } from '../../src/store/claims';
import { FlowStore } from '../../src/store/flows';
import { MeetingStore } from '../../src/store/meetings';
import type { Vote } from '../../src/domain/meeting';
import { ConflictError } from '../../src/store/json-table';
import { Tables } from '../../src/store/tables';
import { uniquePrefix } from '../driver/test-bot';

const draftSchema = z.object({ step: z.number().int() });
const AT = new Date('2027-03-02T09:00:00Z');

describe('claims on activities, in their own rows and in a flow draft (Azurite)', () => {
  let tables: Tables;
  let claims: ActivityClaims;
  let drafts: FlowStore<typeof draftSchema>;
  let meetings: MeetingStore;
  beforeAll(async () => {
    tables = new Tables({ connectionString: process.env.TEST_STORAGE_CONNECTION_STRING! }, uniquePrefix());
    await tables.ensure(['Claims', 'Flows', 'Meetings', 'Votes']);
    claims = new ActivityClaims(tables.table('Claims'));
    drafts = new FlowStore(tables.table('Flows'), 'test', draftSchema);
    meetings = new MeetingStore(tables.table('Meetings'), tables.table('Votes'));
  });

  it('gives the first claim to one delivery; a claim retried after it landed is still that delivery’s', async () => {
    expect(await claims.claim('c1', 'a1', AT, 'delivery-1')).toBe(true);
    // The insert landed but its answer was lost, so the same delivery inserts again.
    expect(await claims.claim('c1', 'a1', AT, 'delivery-1')).toBe(true);
    // Another delivery of the same activity.
    expect(await claims.claim('c1', 'a1', AT, 'delivery-2')).toBe(false);
  });

  it('a draft save retried after it landed is saved, not taken for a redelivery; a real redelivery is', async () => {
    const key = { conversationId: 'c2', userKey: 'anna' };
    const first = new ActivityClaim(claims, 'c2', 'answer-1', () => AT);
    await drafts.save(key, { step: 1 }, undefined, first);
    const stored = await drafts.get(key);
    expect(stored?.value.step).toBe(1);

    const answer = new ActivityClaim(claims, 'c2', 'answer-2', () => AT);
    await drafts.save(key, { step: 2 }, stored, answer);
    // The same delivery's retry with the ETag it had: its own write is there.
    const retried = await drafts.save(key, { step: 2 }, stored, answer);
    expect(retried.value.step).toBe(2);

    // Another delivery of the same answer, having read the draft before it changed: a duplicate.
    const again = new ActivityClaim(claims, 'c2', 'answer-2', () => AT);
    await expect(drafts.save(key, { step: 2 }, stored, again)).rejects.toBeInstanceOf(DuplicateActivityError);
    expect(again.duplicate).toBe(true);

    // Someone else's change (another activity) is a conflict, as before.
    const other = new ActivityClaim(claims, 'c2', 'answer-3', () => AT);
    await expect(drafts.save(key, { step: 9 }, stored, other)).rejects.toBeInstanceOf(ConflictError);
    expect((await drafts.get(key))?.value.step).toBe(2);
  });

  it('claims the answers a draft recorded, so they stay handled once the draft is gone', async () => {
    const key = { conversationId: 'c3', userKey: 'bram' };
    const answer = new ActivityClaim(claims, 'c3', 'answer-1', () => AT);
    await drafts.save(key, { step: 1 }, undefined, answer);
    const stored = await drafts.get(key);
    await claims.claimRecorded(stored?.turns ?? [], AT);
    await drafts.delete(key);
    expect(await claims.claim('c3', 'answer-1', AT, 'late-redelivery')).toBe(false);
  });

  describe('a vote carries its own claim', () => {
    const anna = { aadObjectId: 'aad-anna', id: '29:anna', name: 'Anna' };
    const vote = (answer: Vote['answer']): Vote => ({
      slotId: 's1',
      answer,
      voter: anna,
      at: AT.toISOString(),
    });
    const claimOf = (activityId: string) => new ActivityClaim(claims, 'c4', activityId, () => AT);
    const claimRows = async () => {
      let n = 0;
      for await (const _row of tables.table('Claims').listEntities()) n++;
      return n;
    };

    it('is stored in the voter’s row only, and a redelivery read after a later vote is known and undoes nothing', async () => {
      const before = await claimRows();
      const first = claimOf('vote-1');
      await meetings.recordVote('m1', vote('yes'), await meetings.voteRowsOf('m1'), first);
      const second = claimOf('vote-2');
      await meetings.recordVote('m1', vote('no'), await meetings.voteRowsOf('m1'), second);
      expect(await claimRows()).toBe(before);

      const again = claimOf('vote-1');
      await expect(
        meetings.recordVote('m1', vote('yes'), await meetings.voteRowsOf('m1'), again),
      ).rejects.toBeInstanceOf(DuplicateActivityError);
      expect(again.duplicate).toBe(true);
      expect(await meetings.votesOf('m1')).toMatchObject([{ slotId: 's1', answer: 'no' }]);
    });

    it('is written again over a row that changed since it was read; a redelivery that lost the race is a duplicate', async () => {
      const stale = await meetings.voteRowsOf('m2');
      await meetings.recordVote('m2', vote('yes'), stale, claimOf('vote-3'));
      // Read before the vote above landed: the row is read again and this later vote written over it.
      await meetings.recordVote('m2', vote('maybe'), stale, claimOf('vote-4'));
      const rows = await meetings.voteRowsOf('m2');
      expect(rows.map((r) => r.value.answer)).toEqual(['maybe']);
      expect(rows[0]?.turns).toHaveLength(2);

      // Another delivery of vote-4, having read the row before vote-4 landed: a duplicate, nothing written.
      const racing = claimOf('vote-4');
      const etag = rows[0]?.etag;
      await expect(meetings.recordVote('m2', vote('maybe'), stale, racing)).rejects.toBeInstanceOf(
        DuplicateActivityError,
      );
      expect((await meetings.voteRowsOf('m2'))[0]?.etag).toBe(etag);
    });

    it('is its own when written again after it landed (its answer lost); another delivery of it is a duplicate', async () => {
      const stale = await meetings.voteRowsOf('m3');
      const delivery = claimOf('vote-5');
      await meetings.recordVote('m3', vote('no'), stale, delivery);
      // The same delivery retries with what it read before: the row is there, written by it.
      await expect(meetings.recordVote('m3', vote('no'), stale, delivery)).resolves.toMatchObject({
        answer: 'no',
      });
      expect(delivery.duplicate).toBe(false);
      const other = claimOf('vote-5');
      await expect(meetings.recordVote('m3', vote('no'), stale, other)).rejects.toBeInstanceOf(
        DuplicateActivityError,
      );
      expect(await meetings.votesOf('m3')).toMatchObject([{ slotId: 's1', answer: 'no' }]);
    });

    it('never writes a click over a later one of the same person: delivered late, or after losing the race', async () => {
      const castAt = (answer: Vote['answer'], ms: number): Vote => ({
        ...vote(answer),
        at: new Date(AT.getTime() + ms).toISOString(),
      });
      const stale = await meetings.voteRowsOf('m5');
      // "Nee" clicked a second after "ja", stored first; "ja" read the row before that and loses at the ETag.
      await expect(
        meetings.recordVote('m5', castAt('no', 1000), stale, claimOf('vote-7')),
      ).resolves.toMatchObject({
        answer: 'no',
      });
      const etag = (await meetings.voteRowsOf('m5'))[0]?.etag;
      await expect(
        meetings.recordVote('m5', castAt('yes', 0), stale, claimOf('vote-6')),
      ).resolves.toMatchObject({
        answer: 'no',
      });
      // Delivered late, with the row read after "nee" landed: not written either.
      await expect(
        meetings.recordVote('m5', castAt('maybe', 500), await meetings.voteRowsOf('m5'), claimOf('vote-8')),
      ).resolves.toMatchObject({ answer: 'no' });
      const rows = await meetings.voteRowsOf('m5');
      expect(rows.map((r) => [r.value.answer, r.etag])).toEqual([['no', etag]]);

      // A later click still replaces it.
      await meetings.recordVote('m5', castAt('maybe', 2000), rows, claimOf('vote-9'));
      expect(await meetings.votesOf('m5')).toMatchObject([{ answer: 'maybe' }]);
    });
  });
});

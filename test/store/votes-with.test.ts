import type { Vote } from '../../src/domain/meeting';
import { votesWith } from '../../src/store/meetings';

const vote = (slotId: string, who: string, answer: Vote['answer']): Vote => ({
  slotId,
  answer,
  voter: { aadObjectId: who, id: `29:${who}`, name: who },
  at: '2027-03-02T09:00:00.000Z',
});

describe("the poll's votes with a vote just stored", () => {
  const earlier = [vote('s1', 'anna', 'yes'), vote('s1', 'cor', 'no'), vote('s2', 'anna', 'maybe')];

  it('puts a new vote where the stored order has it, when the read did not see it yet', () => {
    expect(votesWith(earlier, vote('s1', 'bram', 'yes'))).toEqual([
      vote('s1', 'anna', 'yes'),
      vote('s1', 'bram', 'yes'),
      vote('s1', 'cor', 'no'),
      vote('s2', 'anna', 'maybe'),
    ]);
    expect(votesWith([], vote('s3', 'bram', 'no'))).toEqual([vote('s3', 'bram', 'no')]);
  });

  it("replaces the voter's earlier answer for that slot, and keeps theirs for other slots", () => {
    expect(votesWith(earlier, vote('s1', 'anna', 'no'))).toEqual([
      vote('s1', 'anna', 'no'),
      vote('s1', 'cor', 'no'),
      vote('s2', 'anna', 'maybe'),
    ]);
  });

  it('counts a vote the read already saw once', () => {
    const stored = [...earlier.slice(0, 2), vote('s1', 'dirk', 'yes'), earlier[2]!];
    expect(votesWith(stored, vote('s1', 'dirk', 'yes'))).toEqual(stored);
  });
});

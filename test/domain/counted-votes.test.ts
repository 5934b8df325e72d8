// One person, one vote per moment: votes from an invitee's answer page and from Teams counted as one voter's.
import { countedVotes, type Vote, type VoteAnswer } from '../../src/domain/meeting';

const olivier = { aadObjectId: 'aad-olivier', id: '29:olivier', name: 'Olivier OCW' };
const oldPage = { aadObjectId: '', id: 'link:inv-1', name: 'Olivier OCW (OCW)' };
const newPage = { aadObjectId: 'aad-olivier', id: 'link:inv-1', name: 'Olivier OCW (OCW)' };
const rob = { aadObjectId: '', id: 'link:inv-2', name: 'Rob (UU)' };
const entraIdOf = new Map([['link:inv-1', 'aad-olivier']]);

const vote = (slotId: string, voter: Vote['voter'], answer: VoteAnswer, minute: number): Vote => ({
  slotId,
  voter,
  answer,
  at: `2027-03-01T09:${String(minute).padStart(2, '0')}:00.000Z`,
});

describe('votes as counted', () => {
  it('counts an old page vote and a Teams vote of one invitee once, the later standing, as the Teams person', () => {
    const counted = countedVotes(
      [vote('s1', olivier, 'yes', 0), vote('s1', oldPage, 'no', 10), vote('s2', oldPage, 'yes', 5)],
      entraIdOf,
    );
    expect(counted).toEqual([vote('s1', olivier, 'no', 10), vote('s2', olivier, 'yes', 5)]);
  });

  it('takes the vote stored under the Entra id when both were cast at the same instant', () => {
    expect(countedVotes([vote('s1', oldPage, 'no', 3), vote('s1', olivier, 'yes', 3)], entraIdOf)).toEqual([
      vote('s1', olivier, 'yes', 3),
    ]);
  });

  it('gives a page vote with the Entra id the person’s Teams identity, and leaves someone outside Teams as they are', () => {
    const counted = countedVotes(
      [vote('s1', olivier, 'yes', 0), vote('s2', newPage, 'maybe', 1), vote('s1', rob, 'no', 2)],
      entraIdOf,
    );
    expect(counted).toEqual([
      vote('s1', olivier, 'yes', 0),
      vote('s2', olivier, 'maybe', 1),
      vote('s1', rob, 'no', 2),
    ]);
  });

  it('without the invitation of an old page vote, counts it as the page’s own voter', () => {
    expect(
      countedVotes([vote('s1', olivier, 'yes', 0), vote('s1', oldPage, 'no', 1)], new Map()),
    ).toHaveLength(2);
  });
});

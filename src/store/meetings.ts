// Meetings (one row each, ETag-guarded) and poll votes (one row per slot and voter, so no vote is ever lost).
import { odata, type TableClient } from '@azure/data-tables';
import type { Invitation } from '../domain/invitation';
import {
  countedVotes,
  linkVoterId,
  meetingSchema,
  needsInvitee,
  voterKey,
  voteSchema,
  type Meeting,
  type Vote,
} from '../domain/meeting';
import { escapeKey } from './keys';
import { writeRecording, type TurnClaim } from './claims';
import { ConflictError, JsonTable, type Stored } from './json-table';

/** How often a vote is written again when the voter's row changed meanwhile (another vote of theirs, at once). */
const VOTE_ATTEMPTS = 5;

/** The invitations of a meeting, to count a vote from an answer page as its invitee's (see `countedVotes`). */
export type InviteesOf = (meetingId: string) => Promise<readonly Pick<Invitation, 'id' | 'invitee'>[]>;

export class MeetingStore {
  private readonly meetings: JsonTable<typeof meetingSchema>;
  private readonly votes: JsonTable<typeof voteSchema>;

  constructor(
    meetingClient: TableClient,
    voteClient: TableClient,
    private readonly inviteesOf: InviteesOf = () => Promise.resolve([]),
  ) {
    this.meetings = new JsonTable(meetingClient, meetingSchema, (m) => ({
      status: m.status,
      start: m.start ?? '',
    }));
    this.votes = new JsonTable(voteClient, voteSchema);
  }

  async create(meeting: Meeting): Promise<Stored<Meeting>> {
    return this.meetings.create(escapeKey(meeting.broedplaatsId), escapeKey(meeting.id), meeting);
  }

  async get(broedplaatsId: string, meetingId: string): Promise<Stored<Meeting> | undefined> {
    return this.meetings.get(escapeKey(broedplaatsId), escapeKey(meetingId));
  }

  /** Replaces a meeting read earlier; throws ConflictError when it changed meanwhile. */
  async replace(current: Stored<Meeting>, next: Meeting): Promise<Stored<Meeting>> {
    return this.meetings.replace(current, next);
  }

  /** Read-modify-write with retries on conflict; `change` returns undefined to leave the meeting as it is. */
  async update(
    broedplaatsId: string,
    meetingId: string,
    change: (m: Meeting) => Meeting | undefined,
  ): Promise<Stored<Meeting> | undefined> {
    return this.meetings.update(escapeKey(broedplaatsId), escapeKey(meetingId), (m) =>
      m ? change(m) : undefined,
    );
  }

  /** The meetings of one broedplaats, first meeting first. */
  async listFor(broedplaatsId: string): Promise<Meeting[]> {
    const rows = await this.meetings.query(odata`PartitionKey eq ${escapeKey(broedplaatsId)}`);
    return rows
      .map((r) => r.value)
      .sort((a, b) => a.number - b.number || a.createdAt.localeCompare(b.createdAt));
  }

  /** Every meeting (one query), for overviews. */
  async listAll(): Promise<Meeting[]> {
    return (await this.meetings.query('')).map((r) => r.value);
  }

  /** Stores one person's answer for one slot (their own row: a later answer replaces their earlier one). */
  async putVote(meetingId: string, vote: Vote): Promise<void> {
    await this.votes.put(escapeKey(meetingId), voteRowKey(vote), vote);
  }

  /**
   * Stores a vote given in a turn, as that turn's one write: the voter's row for the slot records the turn's key,
   * which claims the activity (see TurnClaim), so a redelivered vote is known as handled and never undoes a later
   * one. `read` are the poll's rows as read before; the voter's row is written only as read there (by ETag), and
   * read again and written again when it changed meanwhile. Votes of one person for a slot are ordered by when they
   * were cast (`at`): a vote cast before the one stored (delivered late, or retried after losing the race to it) is
   * not written, and claims nothing (run again, it changes nothing either). Returns the vote that stands. Throws
   * DuplicateActivityError for a redelivery.
   */
  async recordVote(
    meetingId: string,
    vote: Vote,
    read: readonly Stored<Vote>[],
    claim: TurnClaim,
  ): Promise<Vote> {
    const [partitionKey, rowKey] = [escapeKey(meetingId), voteRowKey(vote)];
    let current = read.find((r) => r.rowKey === rowKey);
    claim.checkRecorded(current?.turns);
    for (let attempt = 1; ; attempt++) {
      // A later click of this person on the slot is stored already (this one came late, or lost the race to it).
      // Two cast at the same instant: the one stored last stands.
      if (current && Date.parse(current.value.at) > Date.parse(vote.at)) return current.value;
      const seen = current;
      // The row as read again after a conflict (null: not read again).
      let reread: Stored<Vote> | undefined | null = null;
      try {
        await writeRecording(
          claim,
          seen,
          (marks) => this.votes.writeOver(seen, partitionKey, rowKey, vote, marks),
          async () => (reread = await this.votes.get(partitionKey, rowKey)),
        );
        await this.replaceOldPageVotes(meetingId, vote, read);
        return vote;
      } catch (e) {
        if (!(e instanceof ConflictError) || attempt >= VOTE_ATTEMPTS) throw e;
        // Another vote of this person for the slot landed in between (not this activity: writeRecording checked the
        // row it read again, and threw).
        current = reread === null ? await this.votes.get(partitionKey, rowKey) : reread;
      }
    }
  }

  /** All votes of a poll as counted: one per person and slot (see `countedVotes`). */
  async votesOf(meetingId: string): Promise<Vote[]> {
    return this.counted(
      meetingId,
      (await this.voteRowsOf(meetingId)).map((r) => r.value),
    );
  }

  /** Votes of a poll as counted (one per person and slot); the invitations are read only for old page votes. */
  async counted(meetingId: string, votes: readonly Vote[]): Promise<Vote[]> {
    return countedVotes(votes, votes.some(needsInvitee) ? await this.entraIdsOf(meetingId) : new Map());
  }

  /** The Entra id of each invitee in Teams of a meeting, by the voter id of their answer page. */
  private async entraIdsOf(meetingId: string): Promise<Map<string, string>> {
    const invitations = await this.inviteesOf(meetingId);
    return new Map(
      invitations.flatMap((i) => (i.invitee.aadObjectId ? [[linkVoterId(i.id), i.invitee.aadObjectId]] : [])),
    );
  }

  /**
   * Once `vote` stands, the person's vote for its slot from their answer page stored without their Entra id (before
   * the page wrote it, under a row of its own) is removed: the later mark replaces the earlier.
   */
  private async replaceOldPageVotes(
    meetingId: string,
    vote: Vote,
    read: readonly Stored<Vote>[],
  ): Promise<void> {
    const old = read.filter((r) => r.value.slotId === vote.slotId && needsInvitee(r.value));
    if (!vote.voter.aadObjectId || old.length === 0) return;
    try {
      const entraIds = await this.entraIdsOf(meetingId);
      for (const r of old)
        if (entraIds.get(r.value.voter.id) === vote.voter.aadObjectId)
          await this.votes.delete(r.partitionKey, r.rowKey, r.etag);
    } catch {
      // The vote is stored: an old row left (changed meanwhile, or storage not answering) still counts once, the later standing.
    }
  }

  /** The rows of a poll's votes (one query), with their ETags and the turns that wrote them last. */
  voteRowsOf(meetingId: string): Promise<Stored<Vote>[]> {
    return this.votes.query(odata`PartitionKey eq ${escapeKey(meetingId)}`);
  }
}

/** A vote's row in its poll's partition: one per slot and voter. */
function voteRowKey(vote: Vote): string {
  return escapeKey(`${vote.slotId}|${voterKey(vote)}`);
}

/**
 * The votes of a poll as they stand once `vote` is stored, from `read` (a read of the votes that may have seen
 * it stored or not): `vote` takes the place of the voter's earlier one for the slot, in stored (row key) order.
 */
export function votesWith(read: readonly Vote[], vote: Vote): Vote[] {
  const key = voteRowKey(vote);
  const others = read.filter((v) => voteRowKey(v) !== key);
  const at = others.findIndex((v) => voteRowKey(v) > key);
  return at < 0 ? [...others, vote] : [...others.slice(0, at), vote, ...others.slice(at)];
}

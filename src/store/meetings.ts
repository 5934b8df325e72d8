// Meetings (one row each, ETag-guarded) and poll votes (one row per slot and voter, so no vote is ever lost).
import { odata, type TableClient } from '@azure/data-tables';
import { meetingSchema, voterKey, voteSchema, type Meeting, type Vote } from '../domain/meeting';
import { escapeKey } from './keys';
import { JsonTable, type Stored } from './json-table';

export class MeetingStore {
  private readonly meetings: JsonTable<typeof meetingSchema>;
  private readonly votes: JsonTable<typeof voteSchema>;

  constructor(meetingClient: TableClient, voteClient: TableClient) {
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

  /** All votes of a poll (one query). */
  async votesOf(meetingId: string): Promise<Vote[]> {
    return (await this.votes.query(odata`PartitionKey eq ${escapeKey(meetingId)}`)).map((r) => r.value);
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

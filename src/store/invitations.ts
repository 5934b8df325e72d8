// Invitations (one row each, per meeting) and RSVPs (one row per invitation, written by the invitee alone).
import { odata, type TableClient } from '@azure/data-tables';
import { invitationSchema, rsvpSchema, type Invitation, type Rsvp } from '../domain/invitation';
import { escapeKey } from './keys';
import { JsonTable, type Stored } from './json-table';

export class InvitationStore {
  private readonly invitations: JsonTable<typeof invitationSchema>;
  private readonly rsvps: JsonTable<typeof rsvpSchema>;

  constructor(invitationClient: TableClient, rsvpClient: TableClient) {
    this.invitations = new JsonTable(invitationClient, invitationSchema, (i) => ({
      broedplaatsId: i.broedplaatsId,
      inviteeAad: i.invitee.aadObjectId ?? '',
    }));
    this.rsvps = new JsonTable(rsvpClient, rsvpSchema);
  }

  async create(invitation: Invitation): Promise<void> {
    await this.invitations.create(escapeKey(invitation.meetingId), escapeKey(invitation.id), invitation);
  }

  async get(meetingId: string, id: string): Promise<Stored<Invitation> | undefined> {
    return this.invitations.get(escapeKey(meetingId), escapeKey(id));
  }

  async update(
    meetingId: string,
    id: string,
    change: (i: Invitation) => Invitation | undefined,
  ): Promise<void> {
    await this.invitations.update(escapeKey(meetingId), escapeKey(id), (i) => (i ? change(i) : undefined));
  }

  /** The invitations of one meeting, in the order they were made. */
  async listFor(meetingId: string): Promise<Invitation[]> {
    const rows = await this.invitations.query(odata`PartitionKey eq ${escapeKey(meetingId)}`);
    return rows
      .map((r) => r.value)
      .sort(
        (a, b) =>
          a.invitedAt.localeCompare(b.invitedAt) || a.invitee.name.localeCompare(b.invitee.name, 'nl'),
      );
  }

  /** Every invitation (one query), for overviews. */
  async listAll(): Promise<Invitation[]> {
    return (await this.invitations.query('')).map((r) => r.value);
  }

  /** Stores the invitee's answer in the invitation's own RSVP row (their later answer replaces it). */
  async putRsvp(meetingId: string, rsvp: Rsvp): Promise<void> {
    await this.rsvps.put(escapeKey(meetingId), escapeKey(rsvp.invitationId), rsvp);
  }

  async rsvpOf(meetingId: string, invitationId: string): Promise<Rsvp | undefined> {
    return (await this.rsvps.get(escapeKey(meetingId), escapeKey(invitationId)))?.value;
  }

  /** All answers for a meeting (one query). */
  async rsvpsOf(meetingId: string): Promise<Rsvp[]> {
    return (await this.rsvps.query(odata`PartitionKey eq ${escapeKey(meetingId)}`)).map((r) => r.value);
  }

  /** Every answer (one query), for overviews. */
  async listAllRsvps(): Promise<Rsvp[]> {
    return (await this.rsvps.query('')).map((r) => r.value);
  }
}

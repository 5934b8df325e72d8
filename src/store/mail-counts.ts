// How many mails to people outside Teams were sent on one day: in all, per broedplaats, per contact (for the caps).
import type { TableClient } from '@azure/data-tables';
import { z } from 'zod';
import { odata } from '@azure/data-tables';
import { JsonTable } from './json-table';

/** The day before `day` (yyyy-MM-dd). */
function previousDay(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const dayCountSchema = z.object({
  all: z.number().int().min(0),
  byBroedplaats: z.record(z.number().int().min(0)),
  /** By a keyed hash of the contact's Entra id (see CappedMailer), never the id itself. */
  byContact: z.record(z.number().int().min(0)),
});

export type DayMailCount = z.infer<typeof dayCountSchema>;

/** Which cap a mail would pass: the day's in all, the broedplaats's, or the contact's. */
export type MailCap = 'perDay' | 'perBroedplaats' | 'perContact';

/** One row per day, updated with its ETag, so that concurrent senders on any instance count every mail once. */
export class MailCountStore {
  private readonly table: JsonTable<typeof dayCountSchema>;

  constructor(client: TableClient) {
    this.table = new JsonTable(client, dayCountSchema);
  }

  /**
   * Counts one mail on `day` (yyyy-MM-dd) for `broedplaatsId` and, when known, the contact `contactId`, unless that
   * would pass a cap: then nothing is counted and the cap is returned.
   */
  async take(
    day: string,
    on: { broedplaatsId: string; contactId?: string },
    caps: Record<MailCap, number>,
  ): Promise<MailCap | undefined> {
    let passed: MailCap | undefined;
    let firstOfDay = false;
    await this.table.update('mail', day, (current) => {
      firstOfDay = current === undefined;
      const c = current ?? { all: 0, byBroedplaats: {}, byContact: {} };
      const inBroedplaats = c.byBroedplaats[on.broedplaatsId] ?? 0;
      const byContact = on.contactId ? (c.byContact[on.contactId] ?? 0) : 0;
      passed =
        c.all >= caps.perDay
          ? 'perDay'
          : inBroedplaats >= caps.perBroedplaats
            ? 'perBroedplaats'
            : on.contactId && byContact >= caps.perContact
              ? 'perContact'
              : undefined;
      if (passed) return undefined;
      return {
        all: c.all + 1,
        byBroedplaats: { ...c.byBroedplaats, [on.broedplaatsId]: inBroedplaats + 1 },
        byContact: on.contactId ? { ...c.byContact, [on.contactId]: byContact + 1 } : c.byContact,
      };
    });
    if (firstOfDay) await this.prune(day);
    return passed;
  }

  /** Drops the counts of days before yesterday: only today's count a cap. */
  private async prune(today: string): Promise<void> {
    const rows = await this.table.query(odata`PartitionKey eq ${'mail'} and RowKey lt ${previousDay(today)}`);
    for (const r of rows) await this.table.delete(r.partitionKey, r.rowKey, r.etag).catch(() => undefined);
  }

  /** The counts of `day`, when any mail was counted. */
  async of(day: string): Promise<DayMailCount | undefined> {
    return (await this.table.get('mail', day))?.value;
  }
}

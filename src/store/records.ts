// Follow-up agreements and facilitator half-days: one row each, per broedplaats.
import { odata, type TableClient } from '@azure/data-tables';
import { followUpSchema, type FollowUp } from '../domain/followup';
import { halfDaySchema, type HalfDay } from '../domain/halfday';
import { escapeKey } from './keys';
import { JsonTable, type Stored } from './json-table';

export class FollowUpStore {
  private readonly table: JsonTable<typeof followUpSchema>;

  constructor(client: TableClient) {
    this.table = new JsonTable(client, followUpSchema, (f) => ({
      status: f.status,
      ownerAad: f.owner.aadObjectId ?? '',
    }));
  }

  async create(f: FollowUp): Promise<void> {
    await this.table.create(escapeKey(f.broedplaatsId), escapeKey(f.id), f);
  }

  async get(broedplaatsId: string, id: string): Promise<Stored<FollowUp> | undefined> {
    return this.table.get(escapeKey(broedplaatsId), escapeKey(id));
  }

  async update(
    broedplaatsId: string,
    id: string,
    change: (f: FollowUp) => FollowUp | undefined,
  ): Promise<Stored<FollowUp> | undefined> {
    return this.table.update(escapeKey(broedplaatsId), escapeKey(id), (f) => (f ? change(f) : undefined));
  }

  async listFor(broedplaatsId: string): Promise<FollowUp[]> {
    const rows = await this.table.query(odata`PartitionKey eq ${escapeKey(broedplaatsId)}`);
    return rows
      .map((r) => r.value)
      .sort((a, b) => a.due.localeCompare(b.due) || a.createdAt.localeCompare(b.createdAt));
  }

  /** Every follow-up (one query). */
  async listAll(): Promise<FollowUp[]> {
    return (await this.table.query('')).map((r) => r.value);
  }

  /** Replaces every follow-up row as `change` says (privacy). */
  async rewriteAll(change: (f: FollowUp) => FollowUp | undefined): Promise<void> {
    for (const row of await this.table.query('')) {
      const next = change(row.value);
      if (next) await this.table.replace(row, next);
    }
  }
}

export class HalfDayStore {
  private readonly table: JsonTable<typeof halfDaySchema>;

  constructor(client: TableClient) {
    this.table = new JsonTable(client, halfDaySchema);
  }

  async create(h: HalfDay): Promise<void> {
    await this.table.create(escapeKey(h.broedplaatsId), escapeKey(h.id), h);
  }

  async listFor(broedplaatsId: string): Promise<HalfDay[]> {
    const rows = await this.table.query(odata`PartitionKey eq ${escapeKey(broedplaatsId)}`);
    return rows
      .map((r) => r.value)
      .sort((a, b) => a.date.localeCompare(b.date) || a.loggedAt.localeCompare(b.loggedAt));
  }

  /** Every half-day (one query). */
  async listAll(): Promise<HalfDay[]> {
    return (await this.table.query('')).map((r) => r.value);
  }

  async rewriteAll(change: (h: HalfDay) => HalfDay | undefined): Promise<void> {
    for (const row of await this.table.query('')) {
      const next = change(row.value);
      if (next) await this.table.replace(row, next);
    }
  }
}

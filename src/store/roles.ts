// Role grants (one row per role, broedplaats and person) and the record of every change (newest first).
import { odata, type TableClient } from '@azure/data-tables';
import { roleChangeSchema, roleGrantSchema, type RoleChange, type RoleGrant } from '../domain/roles';
import { escapeKey, newestFirstKey } from './keys';
import { JsonTable } from './json-table';

const GRANTS = 'grant';
const CHANGES = 'change';

function grantKey(g: Pick<RoleGrant, 'role' | 'broedplaatsId' | 'aadObjectId'>): string {
  return escapeKey(`${g.role}|${g.broedplaatsId ?? '*'}|${g.aadObjectId}`);
}

export class RoleStore {
  private readonly grants: JsonTable<typeof roleGrantSchema>;
  private readonly changes: JsonTable<typeof roleChangeSchema>;

  constructor(grantClient: TableClient, changeClient: TableClient) {
    this.grants = new JsonTable(grantClient, roleGrantSchema, (g) => ({
      aadObjectId: g.aadObjectId,
      broedplaatsId: g.broedplaatsId ?? '',
    }));
    this.changes = new JsonTable(changeClient, roleChangeSchema);
  }

  /** Gives a role (and records the change); giving it again changes nothing but the record. */
  async grant(g: RoleGrant, id: string): Promise<void> {
    await this.grants.put(GRANTS, grantKey(g), g);
    await this.record(
      {
        action: 'grant',
        role: g.role,
        broedplaatsId: g.broedplaatsId,
        target: { aadObjectId: g.aadObjectId, name: g.name },
        by: g.grantedBy,
        at: g.grantedAt,
      },
      id,
    );
  }

  /** Takes a role back (and records the change); false when the person did not have it. */
  async revoke(
    g: Pick<RoleGrant, 'role' | 'broedplaatsId' | 'aadObjectId'>,
    change: Pick<RoleChange, 'target' | 'by' | 'at'>,
    id: string,
  ): Promise<boolean> {
    const existing = await this.grants.get(GRANTS, grantKey(g));
    if (!existing) return false;
    await this.grants.delete(GRANTS, grantKey(g));
    await this.record({ action: 'revoke', role: g.role, broedplaatsId: g.broedplaatsId, ...change }, id);
    return true;
  }

  private async record(c: RoleChange, id: string): Promise<void> {
    await this.changes.put(CHANGES, `${newestFirstKey(Date.parse(c.at))}-${escapeKey(id)}`, c);
  }

  /** The roles granted to one person (one query). */
  async grantsOf(aadObjectId: string): Promise<RoleGrant[]> {
    return (
      await this.grants.query(
        odata`PartitionKey eq ${GRANTS} and aadObjectId eq ${aadObjectId.toLowerCase()}`,
      )
    ).map((r) => r.value);
  }

  /** Every grant (one query). */
  async all(): Promise<RoleGrant[]> {
    return (await this.grants.query(odata`PartitionKey eq ${GRANTS}`)).map((r) => r.value);
  }

  /** The record of changes, newest first. */
  async changesLog(limit = 50): Promise<RoleChange[]> {
    return (await this.changes.query(odata`PartitionKey eq ${CHANGES}`, limit)).map((r) => r.value);
  }

  /** Replaces a person's id and name in every grant and change (privacy: after removal of their data). */
  async pseudonymise(aadObjectId: string, pseudonym: string, name: string): Promise<void> {
    for (const g of await this.grantsOf(aadObjectId)) {
      await this.grants.delete(GRANTS, grantKey(g));
    }
    for (const row of await this.changes.query(odata`PartitionKey eq ${CHANGES}`)) {
      const c = row.value;
      const hit = (p: { aadObjectId: string }) => p.aadObjectId === aadObjectId;
      if (!hit(c.target) && !hit(c.by)) continue;
      await this.changes.put(row.partitionKey, row.rowKey, {
        ...c,
        target: hit(c.target) ? { aadObjectId: pseudonym, name } : c.target,
        by: hit(c.by) ? { aadObjectId: pseudonym, name } : c.by,
      });
    }
  }
}

// Broedplaatsen and networks: one row each, created once (idempotent), read back validated.
import { odata, type TableClient } from '@azure/data-tables';
import {
  broedplaatsSchema,
  networkKey,
  networkSchema,
  type Broedplaats,
  type Network,
} from '../domain/broedplaats';
import { escapeKey } from './keys';
import { ConflictError, JsonTable, type Stored } from './json-table';

const ALL = 'bp';
const NETWORKS = 'network';

/** Most broedplaatsen or networks read in one listing; the programme counts dozens, not thousands. */
const LIST_LIMIT = 2000;

export class BroedplaatsStore {
  private readonly broedplaatsen: JsonTable<typeof broedplaatsSchema>;
  private readonly networks: JsonTable<typeof networkSchema>;

  constructor(broedplaatsClient: TableClient, networkClient: TableClient) {
    this.broedplaatsen = new JsonTable(broedplaatsClient, broedplaatsSchema, (b) => ({
      networkId: b.network.id,
      theme: b.theme,
      createdAt: b.createdAt,
    }));
    this.networks = new JsonTable(networkClient, networkSchema);
  }

  /**
   * Stores a new broedplaats. Returns `created: false` with the stored one when a broedplaats with this id
   * already exists (a double click or a retried delivery), so confirming twice creates one.
   */
  async create(b: Broedplaats): Promise<{ created: boolean; broedplaats: Broedplaats }> {
    try {
      await this.broedplaatsen.create(ALL, escapeKey(b.id), b);
      return { created: true, broedplaats: b };
    } catch (e) {
      if (!(e instanceof ConflictError)) throw e;
      const existing = await this.broedplaatsen.get(ALL, escapeKey(b.id));
      if (!existing) throw e;
      return { created: false, broedplaats: existing.value };
    }
  }

  async get(id: string): Promise<Stored<Broedplaats> | undefined> {
    return this.broedplaatsen.get(ALL, escapeKey(id));
  }

  /** Read-modify-write with retries on conflict; `change` returns undefined to leave it as it is. */
  async update(
    id: string,
    change: (b: Broedplaats) => Broedplaats | undefined,
  ): Promise<Stored<Broedplaats> | undefined> {
    return this.broedplaatsen.update(ALL, escapeKey(id), (b) => (b ? change(b) : undefined));
  }

  /** Every broedplaats (one query). */
  async list(): Promise<Broedplaats[]> {
    return (await this.broedplaatsen.query(odata`PartitionKey eq ${ALL}`, LIST_LIMIT)).map((r) => r.value);
  }

  /** Every known network (one query), by name. */
  async listNetworks(): Promise<Network[]> {
    const rows = await this.networks.query(odata`PartitionKey eq ${NETWORKS}`, LIST_LIMIT);
    return rows.map((r) => r.value).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }

  /**
   * The network with this name (case-insensitive) in the candidate's tenant: the stored one if it exists, else
   * `candidate`, now stored. Networks stored before tenants were recorded are keyed by their name alone.
   */
  async ensureNetwork(candidate: Network): Promise<Network> {
    const name = networkKey(candidate.name);
    const tenant = candidate.tenantId?.toLowerCase();
    const rowKey = escapeKey(tenant === undefined ? name : `${tenant}/${name}`);
    try {
      await this.networks.create(NETWORKS, rowKey, candidate);
      return candidate;
    } catch (e) {
      if (!(e instanceof ConflictError)) throw e;
      const existing = await this.networks.get(NETWORKS, rowKey);
      if (!existing) throw e;
      return existing.value;
    }
  }
}

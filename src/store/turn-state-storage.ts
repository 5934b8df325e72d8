// botbuilder Storage on Azure Tables, holding teams-ai's turn state, with ETag semantics.
import { RestError, type TableClient } from '@azure/data-tables';
import type { Storage, StoreItems } from 'botbuilder';
import { fromChunks, toChunks } from './chunks';
import { escapeKey } from './keys';
import { ConflictError, storageFault } from './json-table';

/**
 * Turn state rows: PartitionKey is the escaped state key, RowKey is empty.
 * Write semantics: an item with `eTag: '*'` is written blindly; an item with an ETag only if the row still
 * has it; an item without ETag only if the row does not exist yet. Anything else throws ConflictError, so
 * two turns racing on the same state never silently lose one of them.
 */
export class TableTurnStateStorage implements Storage {
  constructor(private readonly client: TableClient) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        try {
          const entity = await this.client.getEntity<Record<string, unknown>>(escapeKey(key), '');
          const value: unknown = JSON.parse(fromChunks(entity) || '{}');
          if (value && typeof value === 'object') items[key] = { ...value, eTag: entity.etag };
        } catch (e) {
          if (e instanceof RestError && e.statusCode === 404) return;
          throw storageFault(e);
        }
      }),
    );
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await Promise.all(
      Object.entries(changes).map(async ([key, item]) => {
        const { eTag, ...value } = (item ?? {}) as { eTag?: string } & Record<string, unknown>;
        const entity = { partitionKey: escapeKey(key), rowKey: '', ...toChunks(JSON.stringify(value)) };
        try {
          if (eTag === '*') await this.client.upsertEntity(entity, 'Replace');
          else if (eTag) await this.client.updateEntity(entity, 'Replace', { etag: eTag });
          else await this.client.createEntity(entity);
        } catch (e) {
          if (e instanceof RestError && [404, 409, 412].includes(e.statusCode ?? 0)) {
            throw new ConflictError(this.client.tableName, e.statusCode === 409 ? 'exists' : 'changed');
          }
          throw storageFault(e);
        }
      }),
    );
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(
      keys.map(async (key) => {
        try {
          await this.client.deleteEntity(escapeKey(key), '');
        } catch (e) {
          if (!(e instanceof RestError && e.statusCode === 404)) throw storageFault(e);
        }
      }),
    );
  }
}

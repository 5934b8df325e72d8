import { odata, RestError, TableClient } from '@azure/data-tables';
import { createHttpHeaders, type PipelinePolicy } from '@azure/core-rest-pipeline';
import { z } from 'zod';
import { openStore, PROGRAMME_TABLES, TABLE_NAMES } from '../../src/store';
import { ConflictError, JsonTable, StorageUnavailableError } from '../../src/store/json-table';
import { ProgrammeVersion } from '../../src/store/programme-version';
import { Tables } from '../../src/store/tables';
import { uniquePrefix } from '../driver/test-bot';

const connectionString = (): string => process.env.TEST_STORAGE_CONNECTION_STRING!;

/** A version row on a real table whose writes can be made to fail, as when storage drops out right after a write. */
async function versionWithFaults(maxAgeMs?: number, firstRetryMs?: number) {
  const prefix = uniquePrefix();
  await new Tables({ connectionString: connectionString() }, prefix).ensure(['Versions']);
  const state = { failing: false, puts: 0 };
  const faults: PipelinePolicy = {
    name: 'testFaults',
    async sendRequest(request, next) {
      if (request.method !== 'GET') {
        state.puts++;
        if (state.failing) throw new RestError('storage unavailable', { statusCode: 503 });
      }
      return next(request);
    },
  };
  const client = TableClient.fromConnectionString(connectionString(), `${prefix}Versions`, {
    allowInsecureConnection: true,
    retryOptions: { maxRetries: 0 },
    additionalPolicies: [{ policy: faults, position: 'perCall' }],
  });
  const version = new ProgrammeVersion(client, maxAgeMs, firstRetryMs);
  const reported: unknown[] = [];
  version.onFault = (e) => reported.push(e);
  const other = new ProgrammeVersion(
    TableClient.fromConnectionString(connectionString(), `${prefix}Versions`, {
      allowInsecureConnection: true,
    }),
  );
  return { version, state, reported, other, table: `${prefix}Versions` };
}

/** Waits until `condition` holds (a background retry has run), at most two seconds. */
async function until(condition: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('condition not reached within 2 s');
}

describe('the programme version: whole-programme reads kept while nothing changed', () => {
  it('keeps a read while the version stays, and reads afresh once it moved on', async () => {
    const { version } = await versionWithFaults();
    let loads = 0;
    const load = () => Promise.resolve(++loads);
    expect(await version.read('x', load)).toBe(1);
    expect(await version.read('x', load)).toBe(2); // no write yet: nothing to keep a read under
    await version.changed();
    expect(await version.read('x', load)).toBe(3);
    expect(await version.read('x', load)).toBe(3);
    await version.changed();
    expect(await version.read('x', load)).toBe(4);
    expect(await version.read('x', load)).toBe(4);
  });

  it('lets changes made during a move share the one move that follows it', async () => {
    const { version, state } = await versionWithFaults();
    await Promise.all(Array.from({ length: 6 }, () => version.changed()));
    expect(state.puts).toBe(2);
  });

  it('reports a move that failed and reads afresh on every turn until a move succeeds again', async () => {
    const { version, state, reported } = await versionWithFaults();
    let loads = 0;
    const load = () => Promise.resolve(++loads);
    await version.changed();
    await version.read('x', load);
    state.failing = true;
    await expect(version.changed()).resolves.toBeUndefined();
    expect(reported).toHaveLength(1);
    expect(reported[0]).toBeInstanceOf(StorageUnavailableError);
    expect(await version.read('x', load)).toBe(2);
    expect(await version.read('x', load)).toBe(3);
    state.failing = false;
    await version.changed();
    expect(await version.read('x', load)).toBe(4);
    expect(await version.read('x', load)).toBe(4);
  });

  it('tries a failed move again in the background until it succeeds, so other instances learn of the change', async () => {
    const { version, state, other } = await versionWithFaults(undefined, 10);
    await version.changed();
    const before = await other.current();
    state.failing = true;
    await version.changed();
    const failedPuts = state.puts;
    await until(() => Promise.resolve(state.puts > failedPuts + 1)); // tried again, and again
    expect(await other.current()).toBe(before);
    state.failing = false;
    await until(async () => (await other.current()) !== before);
    let loads = 0;
    await version.read('x', () => Promise.resolve(++loads));
    await version.read('x', () => Promise.resolve(++loads));
    expect(loads).toBe(1);
  });

  it('sees a version stored again with an old value (a retried upsert) as a new version', async () => {
    const { version, other, table } = await versionWithFaults();
    await version.changed();
    const first = await other.current();
    const value = first.split('|')[1]!;
    await version.changed();
    await TableClient.fromConnectionString(connectionString(), table, {
      allowInsecureConnection: true,
    }).upsertEntity({ partitionKey: 'programme', rowKey: 'version', v: value }, 'Replace');
    expect(await other.current()).not.toBe(first);
  });

  it('keeps no read after a write whose outcome is unknown, until the version moves on again', async () => {
    const { version } = await versionWithFaults();
    let loads = 0;
    const load = () => Promise.resolve(++loads);
    await version.changed();
    await version.read('x', load);
    version.doubt();
    expect(await version.read('x', load)).toBe(2);
    expect(await version.read('x', load)).toBe(3);
    await version.changed();
    expect(await version.read('x', load)).toBe(4);
    expect(await version.read('x', load)).toBe(4);
  });

  it('tells the write hook whether storage confirmed a write, left it unknown, or refused it', async () => {
    const prefix = uniquePrefix();
    const outcomes: string[] = [];
    const tables = new Tables({ connectionString: connectionString() }, prefix);
    await tables.ensure(['Watched']);
    tables.afterWrites(['Watched'], (outcome) => Promise.resolve(void outcomes.push(outcome)));
    const client = tables.table('Watched');
    await client.createEntity({ partitionKey: 'p', rowKey: 'r' });
    await expect(client.createEntity({ partitionKey: 'p', rowKey: 'r' })).rejects.toMatchObject({
      statusCode: 409,
    });
    await client.getEntity('p', 'r');
    expect(outcomes).toEqual(['written']);

    const closedPort = connectionString().replace(/:\d+\/devstoreaccount1/, ':9/devstoreaccount1');
    expect(closedPort).not.toBe(connectionString());
    const unreachable = new Tables({ connectionString: closedPort }, prefix);
    unreachable.afterWrites(['Watched'], (outcome) => Promise.resolve(void outcomes.push(outcome)));
    await expect(
      unreachable.table('Watched').upsertEntity({ partitionKey: 'p', rowKey: 'r' }),
    ).rejects.toThrow();
    expect(outcomes).toEqual(['written', 'unknown']);
  });

  it('answers a writer only once the hook has run', async () => {
    const prefix = uniquePrefix();
    const tables = new Tables({ connectionString: connectionString() }, prefix);
    await tables.ensure(['Watched']);
    let open: () => void = () => undefined;
    const gate = new Promise<void>((r) => (open = r));
    tables.afterWrites(['Watched'], () => gate);
    let answered = false;
    const write = tables
      .table('Watched')
      .upsertEntity({ partitionKey: 'p', rowKey: 'r' }, 'Replace')
      .then(() => (answered = true));
    await tables.table('Watched').getEntity('p', 'r'); // the write has landed by now
    await new Promise((r) => setImmediate(r));
    expect(answered).toBe(false);
    open();
    await write;
    expect(answered).toBe(true);
  });

  it('counts a write refused after a retry as written: its first attempt may have landed, its answer lost', async () => {
    const prefix = uniquePrefix();
    const outcomes: string[] = [];
    const tables = new Tables({ connectionString: connectionString() }, prefix);
    await tables.ensure(['Watched']);
    tables.afterWrites(['Watched'], (outcome) => Promise.resolve(void outcomes.push(outcome)));
    const client = tables.table('Watched');
    let writes = 0;
    client.pipeline.addPolicy(
      {
        name: 'loseFirstAnswer',
        async sendRequest(request, next) {
          const response = await next(request);
          if (request.method === 'GET' || writes++ > 0) return response;
          return { ...response, status: 503, headers: createHttpHeaders() };
        },
      },
      { afterPhase: 'Retry' },
    );
    await expect(client.createEntity({ partitionKey: 'p', rowKey: 'r' })).rejects.toMatchObject({
      statusCode: 409,
    });
    expect(writes).toBe(2);
    expect(outcomes).toEqual(['written']);
  });

  it('does not keep a read longer than its maximum age', async () => {
    const { version } = await versionWithFaults(0);
    let loads = 0;
    await version.changed();
    await version.read('x', () => Promise.resolve(++loads));
    await version.read('x', () => Promise.resolve(++loads));
    expect(loads).toBe(2);
  });

  it('does not keep a read that failed', async () => {
    const { version } = await versionWithFaults();
    await version.changed();
    await expect(version.read('x', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await version.read('x', () => Promise.resolve('fresh'))).toBe('fresh');
  });

  it("moves on after every successful write to a programme table, from any instance's store, before the writer is answered", async () => {
    const prefix = uniquePrefix();
    const a = await openStore(new Tables({ connectionString: connectionString() }, prefix));
    const b = await openStore(new Tables({ connectionString: connectionString() }, prefix));
    const before = await b.programme.current();
    for (const name of PROGRAMME_TABLES) {
      const seen = await b.programme.current();
      await a.tables.table(name).upsertEntity({ partitionKey: 'p', rowKey: 'r', n: 0 }, 'Replace');
      expect(await b.programme.current()).not.toBe(seen);
    }
    expect(before).toBe('');

    // Not after reads, failed writes, or writes to tables outside the programme.
    const docs = new JsonTable(a.tables.table(TABLE_NAMES.followUps), z.object({ t: z.string() }));
    await docs.create('q', 'r', { t: 'eerste' });
    const settled = await b.programme.current();
    await docs.get('q', 'r');
    await docs.query(odata`PartitionKey eq 'q'`);
    await expect(docs.create('q', 'r', { t: 'tweede' })).rejects.toBeInstanceOf(ConflictError);
    await a.tables.table(TABLE_NAMES.votes).upsertEntity({ partitionKey: 'p', rowKey: 'r' }, 'Replace');
    await a.tables.table(TABLE_NAMES.flows).upsertEntity({ partitionKey: 'p', rowKey: 'r' }, 'Replace');
    expect(await b.programme.current()).toBe(settled);
  });
});

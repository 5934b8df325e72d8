import { odata, RestError, TableClient } from '@azure/data-tables';
import { createHttpHeaders, type PipelinePolicy } from '@azure/core-rest-pipeline';
import { z } from 'zod';
import { openStore, PROGRAMME_TABLES, TABLE_NAMES } from '../../src/store';
import { ConflictError, JsonTable, StorageUnavailableError } from '../../src/store/json-table';
import { ProgrammeVersions } from '../../src/store/programme-versions';
import { Tables } from '../../src/store/tables';
import { uniquePrefix } from '../driver/test-bot';

const connectionString = (): string => process.env.TEST_STORAGE_CONNECTION_STRING!;

/** Version rows on a real table whose writes can be made to fail, as when storage drops out right after a write. */
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
  const version = new ProgrammeVersions(client, maxAgeMs, firstRetryMs);
  const reported: unknown[] = [];
  version.onFault = (e) => reported.push(e);
  const other = new ProgrammeVersions(
    TableClient.fromConnectionString(connectionString(), `${prefix}Versions`, {
      allowInsecureConnection: true,
    }),
  );
  return { version, state, reported, other, table: `${prefix}Versions` };
}

/** Table x's version as `versions` reads it now. */
const versionOf = async (versions: ProgrammeVersions, table = 'x'): Promise<string | undefined> =>
  (await versions.versions()).get(table);

/** A kept read of table x (or `table`) under the versions read now. */
const readX = async <T>(versions: ProgrammeVersions, load: () => Promise<T>, table = 'x'): Promise<T> =>
  versions.read(table, await versions.versions(), load);

/** Tables of a fresh prefix with one table, Watched, whose write hook records each outcome as `table:outcome`. */
async function watchedTables() {
  const prefix = uniquePrefix();
  const outcomes: string[] = [];
  const tables = new Tables({ connectionString: connectionString() }, prefix);
  await tables.ensure(['Watched']);
  tables.afterWrites(['Watched'], (table, outcome) =>
    Promise.resolve(void outcomes.push(`${table}:${outcome}`)),
  );
  return { prefix, tables, outcomes };
}

/** Waits until `condition` holds (a background retry has run), at most ten seconds. */
async function until(condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('condition not reached within 10 s');
}

describe('the programme versions: reads of a table kept while nothing in it changed', () => {
  it('keeps a read while the version stays, and reads afresh once it moved on', async () => {
    const { version } = await versionWithFaults();
    let loads = 0;
    const load = () => Promise.resolve(++loads);
    expect(await readX(version, load)).toBe(1);
    expect(await readX(version, load)).toBe(1); // no write yet: kept as untouched
    await version.changed('x');
    expect(await readX(version, load)).toBe(2);
    expect(await readX(version, load)).toBe(2);
    await version.changed('x');
    expect(await readX(version, load)).toBe(3);
    expect(await readX(version, load)).toBe(3);
  });

  it('keeps the reads of the other tables when one table changes', async () => {
    const { version } = await versionWithFaults();
    const loads = { x: 0, y: 0 };
    const read = (t: 'x' | 'y') => readX(version, () => Promise.resolve(++loads[t]), t);
    await version.changed('x');
    await version.changed('y');
    await read('x');
    await read('y');
    await version.changed('y');
    expect([await read('x'), await read('y')]).toEqual([1, 2]);
  });

  it('lets changes made during a move share the one move that follows it', async () => {
    const { version, state } = await versionWithFaults();
    await Promise.all(Array.from({ length: 6 }, () => version.changed('x')));
    expect(state.puts).toBe(2);
  });

  it('reports a move that failed and reads afresh on every turn until a move succeeds again', async () => {
    const { version, state, reported } = await versionWithFaults();
    let loads = 0;
    const load = () => Promise.resolve(++loads);
    await version.changed('x');
    await readX(version, load);
    state.failing = true;
    await expect(version.changed('x')).resolves.toBeUndefined();
    expect(reported).toHaveLength(1);
    expect(reported[0]).toBeInstanceOf(StorageUnavailableError);
    expect(await readX(version, load)).toBe(2);
    expect(await readX(version, load)).toBe(3);
    state.failing = false;
    await version.changed('x');
    expect(await readX(version, load)).toBe(4);
    expect(await readX(version, load)).toBe(4);
  });

  it('tries a failed move again in the background until it succeeds, so other instances learn of the change', async () => {
    const { version, state, other } = await versionWithFaults(undefined, 10);
    await version.changed('x');
    const before = await versionOf(other);
    state.failing = true;
    await version.changed('x');
    const failedPuts = state.puts;
    await until(() => Promise.resolve(state.puts > failedPuts + 1)); // tried again, and again
    expect(await versionOf(other)).toBe(before);
    state.failing = false;
    await until(async () => (await versionOf(other)) !== before);
    let loads = 0;
    await readX(version, () => Promise.resolve(++loads));
    await readX(version, () => Promise.resolve(++loads));
    expect(loads).toBe(1);
  });

  it('does not let a move that was under way settle a doubt raised meanwhile', async () => {
    // The doubt's background retry waits a minute here, so only the move under way has run when the reads come.
    const { version, state } = await versionWithFaults(undefined, 60_000);
    await version.changed('x');
    const moving = version.changed('x');
    version.doubt('x'); // about a write that may have landed after that move's upsert
    await moving;
    const putsAfterMove = state.puts;
    let loads = 0;
    await readX(version, () => Promise.resolve(++loads));
    await readX(version, () => Promise.resolve(++loads));
    expect(loads).toBe(2); // still unsure: nothing kept
    expect(state.puts).toBe(putsAfterMove); // and no other move ran meanwhile
    await version.changed('x'); // a move that began after the doubt settles it
    await readX(version, () => Promise.resolve(++loads));
    await readX(version, () => Promise.resolve(++loads));
    expect(loads).toBe(3);
  });

  it('sees a version stored again with an old value (a retried upsert) as a new version', async () => {
    const { version, other, table } = await versionWithFaults();
    await version.changed('x');
    const first = await versionOf(other);
    const value = first!.split('|')[1]!;
    await version.changed('x');
    await TableClient.fromConnectionString(connectionString(), table, {
      allowInsecureConnection: true,
    }).upsertEntity({ partitionKey: 'programme', rowKey: 'x', v: value }, 'Replace');
    expect(await versionOf(other)).not.toBe(first);
  });

  it('keeps no read after a write whose outcome is unknown, until the version moves on again', async () => {
    const { version } = await versionWithFaults();
    let loads = 0;
    const load = () => Promise.resolve(++loads);
    await version.changed('x');
    await readX(version, load);
    version.doubt('x');
    expect(await readX(version, load)).toBe(2);
    expect(await readX(version, load)).toBe(3);
    await version.changed('x');
    expect(await readX(version, load)).toBe(4);
    expect(await readX(version, load)).toBe(4);
  });

  it('tells the write hook whether storage confirmed a write, left it unknown, or refused it', async () => {
    const { prefix, tables, outcomes } = await watchedTables();
    const client = tables.table('Watched');
    await client.createEntity({ partitionKey: 'p', rowKey: 'r' });
    await expect(client.createEntity({ partitionKey: 'p', rowKey: 'r' })).rejects.toMatchObject({
      statusCode: 409,
    });
    await client.getEntity('p', 'r');
    expect(outcomes).toEqual(['Watched:written']);

    const closedPort = connectionString().replace(/:\d+\/devstoreaccount1/, ':9/devstoreaccount1');
    expect(closedPort).not.toBe(connectionString());
    const unreachable = new Tables({ connectionString: closedPort }, prefix);
    unreachable.afterWrites(['Watched'], (table, outcome) =>
      Promise.resolve(void outcomes.push(`${table}:${outcome}`)),
    );
    await expect(
      unreachable.table('Watched').upsertEntity({ partitionKey: 'p', rowKey: 'r' }),
    ).rejects.toThrow();
    expect(outcomes).toEqual(['Watched:written', 'Watched:unknown']);
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
    const { tables, outcomes } = await watchedTables();
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
    expect(outcomes).toEqual(['Watched:written']);
  });

  it('does not keep a read longer than its maximum age', async () => {
    const { version } = await versionWithFaults(0);
    let loads = 0;
    await version.changed('x');
    await readX(version, () => Promise.resolve(++loads));
    await readX(version, () => Promise.resolve(++loads));
    expect(loads).toBe(2);
  });

  it('does not keep a read that failed', async () => {
    const { version } = await versionWithFaults();
    await version.changed('x');
    await expect(readX(version, () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await readX(version, () => Promise.resolve('fresh'))).toBe('fresh');
  });

  it("moves a table's version on after every successful write to it, from any instance's store, before the writer is answered", async () => {
    const prefix = uniquePrefix();
    const a = await openStore(new Tables({ connectionString: connectionString() }, prefix));
    const b = await openStore(new Tables({ connectionString: connectionString() }, prefix));
    expect((await b.programme.versions()).size).toBe(0);
    for (const name of PROGRAMME_TABLES) {
      const seen = await b.programme.versions();
      await a.tables.table(name).upsertEntity({ partitionKey: 'p', rowKey: 'r', n: 0 }, 'Replace');
      const now = await b.programme.versions();
      expect(now.get(name)).not.toBe(seen.get(name));
      for (const other of PROGRAMME_TABLES) if (other !== name) expect(now.get(other)).toBe(seen.get(other));
    }

    // Not after reads, failed writes, or writes to tables outside the programme.
    const docs = new JsonTable(a.tables.table(TABLE_NAMES.followUps), z.object({ t: z.string() }));
    await docs.create('q', 'r', { t: 'eerste' });
    const settled = await b.programme.versions();
    await docs.get('q', 'r');
    await docs.query(odata`PartitionKey eq 'q'`);
    await expect(docs.create('q', 'r', { t: 'tweede' })).rejects.toBeInstanceOf(ConflictError);
    await a.tables.table(TABLE_NAMES.votes).upsertEntity({ partitionKey: 'p', rowKey: 'r' }, 'Replace');
    await a.tables.table(TABLE_NAMES.flows).upsertEntity({ partitionKey: 'p', rowKey: 'r' }, 'Replace');
    expect(await b.programme.versions()).toEqual(settled);
  });
});

import { odata } from '@azure/data-tables';
import { z } from 'zod';
import { ConversationStore } from '../../src/store/conversations';
import { ConflictError, CorruptRowError, JsonTable } from '../../src/store/json-table';
import { escapeKey, unescapeKey } from '../../src/store/keys';
import { countStorageCalls, Tables } from '../../src/store/tables';
import { TableTurnStateStorage } from '../../src/store/turn-state-storage';
import { uniquePrefix } from '../driver/test-bot';

const docSchema = z.object({ title: z.string(), count: z.number().int(), theme: z.string() });

describe('the store on Azure Tables (Azurite)', () => {
  let tables: Tables;
  beforeAll(async () => {
    tables = new Tables({ connectionString: process.env.TEST_STORAGE_CONNECTION_STRING! }, uniquePrefix());
    await tables.ensure(['Docs', 'State']);
  });

  const docs = () => new JsonTable(tables.table('Docs'), docSchema, (d) => ({ theme: d.theme }));

  it('detects a conflicting write: a replace with a stale ETag is refused and the newer value stays', async () => {
    const table = docs();
    const created = await table.create('p1', 'r1', { title: 'eerste', count: 1, theme: 'examinering' });
    const alice = await table.get('p1', 'r1');
    const bob = await table.get('p1', 'r1');
    await table.replace(alice!, { ...alice!.value, count: 2 });
    await expect(table.replace(bob!, { ...bob!.value, count: 99 })).rejects.toBeInstanceOf(ConflictError);
    expect((await table.get('p1', 'r1'))?.value.count).toBe(2);
    expect(created.etag).not.toBe('');
  });

  it('refuses to create a row that already exists', async () => {
    const table = docs();
    await table.create('p2', 'r1', { title: 'a', count: 1, theme: 'x' });
    await expect(table.create('p2', 'r1', { title: 'b', count: 1, theme: 'x' })).rejects.toMatchObject({
      reason: 'exists',
    });
    expect((await table.get('p2', 'r1'))?.value.title).toBe('a');
  });

  it('loses no update when 20 writers change one row at the same time (optimistic retries)', async () => {
    const table = docs();
    await table.create('p3', 'counter', { title: 'teller', count: 0, theme: 'x' });
    await Promise.all(
      Array.from({ length: 20 }, () =>
        table.update('p3', 'counter', (cur) => cur && { ...cur, count: cur.count + 1 }, 50),
      ),
    );
    expect((await table.get('p3', 'counter'))?.value.count).toBe(20);
  });

  it('counts storage calls by kind: a point read, a query and a write each as what they are', async () => {
    const table = docs();
    await table.create('p4', 'r1', { title: 't', count: 1, theme: 'x' });
    const { counters } = await countStorageCalls(async () => {
      await table.get('p4', 'r1');
      await table.get('p4', 'missing');
      await table.query(odata`PartitionKey eq ${'p4'}`);
      await table.create('p4', 'r2', { title: 't', count: 2, theme: 'x' });
    });
    expect(counters).toEqual({ reads: 2, writes: 1, queries: 1 });
  });

  it('keeps keys with characters Azure Tables forbids, reversibly escaped', async () => {
    const table = docs();
    const raw = "19:abc/def\\ghi#jkl?mno%pqr'stu@thread.tacv2;messageid=1";
    await table.create(escapeKey(raw), escapeKey('rij/1'), { title: 't', count: 1, theme: 'x' });
    expect((await table.get(escapeKey(raw), escapeKey('rij/1')))?.value.title).toBe('t');
    expect(unescapeKey(escapeKey(raw))).toBe(raw);
  });

  it('queries with odata-built filters, quotes in values included', async () => {
    const table = docs();
    await table.create('q', '1', { title: 'a', count: 1, theme: "vo-ho 'aansluiting'" });
    await table.create('q', '2', { title: 'b', count: 1, theme: 'examinering' });
    const rows = await table.query(odata`PartitionKey eq ${'q'} and theme eq ${"vo-ho 'aansluiting'"}`);
    expect(rows.map((r) => r.value.title)).toEqual(['a']);
  });

  it('stores documents larger than one property (64 KB) in chunks', async () => {
    const table = docs();
    const title = 'é'.repeat(100_000);
    await table.create('big', '1', { title, count: 1, theme: 'x' });
    expect((await table.get('big', '1'))?.value.title).toBe(title);
  });

  it('refuses to read back a row that does not match its schema, instead of passing garbage on', async () => {
    await tables.table('Docs').createEntity({ partitionKey: 'bad', rowKey: '1', n: 1, d0: '{"title":5}' });
    await expect(docs().get('bad', '1')).rejects.toBeInstanceOf(CorruptRowError);
  });

  describe('turn state storage (botbuilder Storage)', () => {
    const storage = () => new TableTurnStateStorage(tables.table('State'));
    const key = 'msteams/28:bot/conversations/19:abc@thread.tacv2;messageid=1';

    it('reads back what was written, with an eTag', async () => {
      await storage().write({ [key]: { step: 'question', answers: { network: 'WON' } } });
      const items = await storage().read([key, 'msteams/28:bot/users/unknown']);
      expect(items[key]).toMatchObject({ step: 'question', answers: { network: 'WON' } });
      expect(typeof items[key].eTag).toBe('string');
      expect(items['msteams/28:bot/users/unknown']).toBeUndefined();
    });

    it('refuses a write with a stale eTag, so a concurrent turn is never silently overwritten', async () => {
      const k = `${key}/race`;
      await storage().write({ [k]: { n: 1 } });
      const first = (await storage().read([k]))[k];
      const second = (await storage().read([k]))[k];
      await storage().write({ [k]: { ...first, n: 2 } });
      await expect(storage().write({ [k]: { ...second, n: 3 } })).rejects.toBeInstanceOf(ConflictError);
      expect((await storage().read([k]))[k]).toMatchObject({ n: 2 });
    });

    it('refuses to create state twice without an eTag, but writes blindly with eTag "*"', async () => {
      const k = `${key}/new`;
      await storage().write({ [k]: { n: 1 } });
      await expect(storage().write({ [k]: { n: 2 } })).rejects.toBeInstanceOf(ConflictError);
      await storage().write({ [k]: { n: 3, eTag: '*' } });
      expect((await storage().read([k]))[k]).toMatchObject({ n: 3 });
    });

    it('deletes state, and deleting missing state is no error', async () => {
      const k = `${key}/gone`;
      await storage().write({ [k]: { n: 1 } });
      await storage().delete([k, `${key}/never`]);
      expect((await storage().read([k]))[k]).toBeUndefined();
    });
  });
});

describe('stored conversation addresses', () => {
  const address = (id: string, locale?: string) => ({
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    channelId: 'msteams',
    conversation: { id, conversationType: 'personal' },
    bot: { id: '28:bot' },
    user: { id: '29:user', aadObjectId: 'aad-user' },
    locale,
  });
  const row = (id: string, locale?: string) => ({
    address: address(id, locale),
    kind: 'personal' as const,
    userAadObjectId: 'aad-user',
    updatedAt: new Date().toISOString(),
  });

  it("keeps a chat's language when an address without one is saved after it, or at the same moment", async () => {
    const tables = new Tables(
      { connectionString: process.env.TEST_STORAGE_CONNECTION_STRING! },
      uniquePrefix(),
    );
    await tables.ensure(['Conversations']);
    const conversations = new ConversationStore(tables.table('Conversations'));

    await conversations.save(row('a', 'en-US'));
    await conversations.save(row('a'));
    expect((await conversations.get('a'))?.value.address.locale).toBe('en-US');

    // An install event without a language and the first message with one, arriving together, in either order.
    const ids = Array.from({ length: 20 }, (_, i) => `race-${i}`);
    await Promise.all(
      ids.map((id, i) =>
        i % 2
          ? Promise.all([conversations.save(row(id)), conversations.save(row(id, 'en-US'))])
          : Promise.all([conversations.save(row(id, 'en-US')), conversations.save(row(id))]),
      ),
    );
    for (const id of ids) expect((await conversations.get(id))?.value.address.locale).toBe('en-US');
    expect((await conversations.personalChatOf('aad-user'))?.address.locale).toBe('en-US');

    // A stored row that cannot be read any more is replaced rather than failing the turn that saves the address.
    await tables
      .table('Conversations')
      .upsertEntity({ partitionKey: escapeKey('c:broken'), rowKey: 'ref', n: 1, d0: '{not json' }, 'Replace');
    await conversations.save(row('broken'));
    expect((await conversations.get('broken'))?.value.address.conversation.id).toBe('broken');
  });
});

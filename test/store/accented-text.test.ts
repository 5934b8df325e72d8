// Texts with accents, curly quotes and emoji come back from storage exactly as written, whatever their size.
import http from 'node:http';
import { TableClient } from '@azure/data-tables';
import {
  createHttpHeaders,
  createPipelineRequest,
  type HttpClient,
  type PipelineResponse,
} from '@azure/core-rest-pipeline';
import { z } from 'zod';
import { JsonTable } from '../../src/store/json-table';
import { Tables } from '../../src/store/tables';
import { uniquePrefix } from '../driver/test-bot';

const textSchema = z.object({ title: z.string(), text: z.string() });
type Text = z.infer<typeof textSchema>;

/** Words of ordinary Dutch, many with the characters that take two, three or four bytes in UTF-8. */
const WORDS = (
  'de|het|een|broedplaats|schoolleiders|ontwikkelvraag|één|café|ideeën|reünie|coördinatie|' +
  'geïnteresseerd|België|privé|financiële|naïef|zeeën|enquête|à|crème|brûlée|müesli|überhaupt|patiënt|' +
  'vóór|dóór|efficiënt|hè|‘examinering’|“aansluiting vo-ho”|—|…|€ 12,50|👩‍🏫|🎓|✅|🇳🇱|naïeve|geüpdatet|' +
  'reëel'
).split('|');

/** A deterministic pseudo-random sequence (same seed, same text), so a failure can be reproduced. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** About `chars` characters of Dutch text, different for every seed. */
function dutchText(seed: number, chars: number): string {
  const next = random(seed);
  const words: string[] = [];
  let length = 0;
  while (length < chars) {
    const word = WORDS[Math.floor(next() * WORDS.length)] ?? 'de';
    words.push(word);
    length += word.length + 1;
  }
  return words.join(' ');
}

/** Text made only of characters of two, three and four bytes in UTF-8, after `offset` ASCII characters. */
function denseText(offset: number, chars: number): string {
  const pieces = ['é', 'ë', 'ï', 'ü', '‘', '’', '“', '”', '😀', '🇳🇱'];
  const next = random(offset + 1);
  let text = 'x'.repeat(offset);
  while (text.length < chars) text += pieces[Math.floor(next() * pieces.length)] ?? 'é';
  return text;
}

/** Runs `work` for 0..count-1 with at most `parallel` at a time. */
async function inParallel(
  count: number,
  parallel: number,
  work: (i: number) => Promise<void>,
): Promise<void> {
  let nextIndex = 0;
  const worker = async (): Promise<void> => {
    while (nextIndex < count) await work(nextIndex++);
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

/** Where two texts first differ, for a readable failure instead of a diff of megabytes. */
function firstDifference(actual: string, expected: string): string {
  let i = 0;
  while (i < actual.length && actual[i] === expected[i]) i++;
  return `at ${i}: ${JSON.stringify(actual.slice(i, i + 4))} instead of ${JSON.stringify(expected.slice(i, i + 4))}`;
}

/**
 * Sends each request body in two pieces (chunked transfer encoding), cut inside its first multi-byte character
 * (or in the middle when it has none), the way a large body can arrive in several TCP reads.
 */
function splittingHttpClient(wire: Buffer[]): HttpClient {
  return {
    sendRequest: (request) =>
      new Promise<PipelineResponse>((resolve, reject) => {
        const body = Buffer.from(typeof request.body === 'string' ? request.body : '', 'utf8');
        wire.push(body);
        const multiByte = body.findIndex((b) => b >= 0x80);
        const cut = multiByte >= 0 ? multiByte + 1 : Math.floor(body.length / 2);
        const headers = request.headers.toJSON();
        delete headers['content-length'];
        headers['transfer-encoding'] = 'chunked';
        const req = http.request(request.url, { method: request.method, headers }, (res) => {
          const parts: Buffer[] = [];
          res.on('data', (d: Buffer) => parts.push(d));
          res.on('end', () => {
            const responseHeaders = createHttpHeaders();
            for (const [name, value] of Object.entries(res.headers)) {
              if (typeof value === 'string') responseHeaders.set(name, value);
            }
            resolve({
              request,
              status: res.statusCode ?? 0,
              headers: responseHeaders,
              bodyAsText: Buffer.concat(parts).toString('utf8'),
            });
          });
          res.on('error', reject);
        });
        req.on('error', reject);
        req.write(body.subarray(0, cut));
        req.end(body.subarray(cut));
      }),
  };
}

/** Inserts `{ PartitionKey, RowKey, text }` through `client`'s pipeline, the body sent in two pieces. */
async function insertSplit(
  client: TableClient,
  rowKey: string,
  text: string,
  wire: Buffer[],
): Promise<number> {
  const request = createPipelineRequest({
    url: `${client.url}/${client.tableName}`,
    method: 'POST',
    body: JSON.stringify({ PartitionKey: 'split', RowKey: rowKey, text }),
    headers: createHttpHeaders({
      'Content-Type': 'application/json;odata=nometadata',
      Accept: 'application/json;odata=nometadata',
      Prefer: 'return-no-content',
      DataServiceVersion: '3.0',
      'x-ms-version': '2019-02-02',
    }),
    allowInsecureConnection: true,
  });
  const response = await client.pipeline.sendRequest(splittingHttpClient(wire), request);
  return response.status;
}

describe('accented text in storage (Azurite)', () => {
  const connectionString = process.env.TEST_STORAGE_CONNECTION_STRING!;
  let tables: Tables;
  beforeAll(async () => {
    tables = new Tables({ connectionString }, uniquePrefix());
    await tables.ensure(['Split', 'Texts', 'Batch']);
  });

  it('stores a text exactly even when its request body reaches storage cut inside a character', async () => {
    const text = 'Reünie in België: ‘één’ café, “ideeën” 🎓 '.repeat(50);
    const ours: Buffer[] = [];
    expect(await insertSplit(tables.table('Split'), 'ours', text, ours)).toBe(204);
    expect(ours.every((body) => body.every((b) => b < 0x80))).toBe(true);
    const stored = await tables.table('Split').getEntity<{ text: string }>('split', 'ours');
    expect(stored.text).toBe(text);

    // The same request from a client without the escaping: Azurite 3.35 decodes each piece on its own.
    const plain = TableClient.fromConnectionString(connectionString, tables.prefix + 'Split', {
      allowInsecureConnection: true,
    });
    expect(await insertSplit(plain, 'plain', text, [])).toBe(204);
    const garbled = await plain.getEntity<{ text: string }>('split', 'plain');
    expect(garbled.text).not.toBe(text);
    expect(garbled.text).toContain('\ufffd');
  });

  it('round-trips large documents whose multi-byte characters sit at every byte offset', async () => {
    const written = new JsonTable(tables.table('Texts'), textSchema);
    const count = 48;
    const doc = (i: number): Text => ({ title: `‘${i}’ ë`, text: denseText(i, 100_000) });
    await inParallel(count, 8, async (i) => {
      await written.create('dense', String(i), doc(i));
    });
    const read = new JsonTable(tables.table('Texts'), textSchema);
    const changed: string[] = [];
    await inParallel(count, 8, async (i) => {
      const back = (await read.get('dense', String(i)))?.value;
      const expected = doc(i);
      if (back?.title !== expected.title || back.text !== expected.text) {
        changed.push(`${i} ${firstDifference(back?.text ?? '', expected.text)}`);
      }
    });
    expect({ changed: changed.length, first: changed.slice(0, 5) }).toEqual({ changed: 0, first: [] });
  });

  it('reads back each of 1,000 large documents of Dutch text exactly as written', async () => {
    // Spread over tables: Azurite slows down on one big table, storage itself does not.
    const table = (i: number) => `Many${i % 10}`;
    const doc = (i: number): Text => ({ title: `Verslag ${i}: ‘reünie’ 🎓`, text: dutchText(i, 70_000) });
    const count = 1000;
    await tables.ensure(Array.from({ length: 10 }, (_, i) => table(i)));
    await inParallel(count, 16, async (i) => {
      await new JsonTable(tables.table(table(i)), textSchema).create('verslag', String(i), doc(i));
    });
    const changed: string[] = [];
    await inParallel(count, 16, async (i) => {
      // A fresh JsonTable per read, so nothing comes from its cache of decoded rows.
      const back = (await new JsonTable(tables.table(table(i)), textSchema).get('verslag', String(i)))?.value;
      const expected = doc(i);
      if (back?.title !== expected.title || back.text !== expected.text) {
        changed.push(`${i} ${firstDifference(back?.text ?? '', expected.text)}`);
      }
    });
    expect({ changed: changed.length, first: changed.slice(0, 5) }).toEqual({ changed: 0, first: [] });
    await Promise.all(Array.from({ length: 10 }, (_, i) => tables.table(table(i)).deleteTable()));
  }, 120_000);

  it('keeps accented text exact in a batch transaction, keys with accents included', async () => {
    const client = tables.table('Batch');
    const wire: string[] = [];
    client.pipeline.addPolicy(
      {
        name: 'wireSpy',
        sendRequest: (request, next) => (wire.push(String(request.body ?? '')), next(request)),
      },
      { afterPhase: 'Sign' },
    );
    const rows = Array.from({ length: 5 }, (_, i) => ({
      partitionKey: 'coördinatie',
      rowKey: `ideeën-${i}`,
      text: dutchText(100 + i, 20_000),
    }));
    await client.submitTransaction(rows.map((row) => ['create', row]));
    expect(wire.filter((body) => body.includes('multipart/mixed'))).toHaveLength(1);
    expect(wire.every((body) => body.search(/[^ -~\r\n\t]/) < 0)).toBe(true);
    for (const row of rows) {
      const back = await client.getEntity<{ text: string }>(row.partitionKey, row.rowKey);
      expect(back.text === row.text).toBe(true);
    }
  });
});

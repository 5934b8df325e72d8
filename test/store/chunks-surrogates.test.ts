// Documents split over several table properties never cut an emoji in two, and rows that were cut that way still read.
import { z } from 'zod';
import { CHUNK_CHARS, fromChunks, toChunks } from '../../src/store/chunks';
import { JsonTable } from '../../src/store/json-table';
import { Tables } from '../../src/store/tables';
import { uniquePrefix } from '../driver/test-bot';

const EMOJI = ['😀', '🎓', '🇳🇱', '👩‍🏫', '✅'];

const isHigh = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** The chunk texts d0..d(n-1) of toChunks' result, checking that `n` counts exactly those. */
function chunkTexts(props: Record<string, string | number>): string[] {
  const n = props.n;
  expect(typeof n).toBe('number');
  const texts = Array.from({ length: Number(n) }, (_, i) => props[`d${i}`]);
  for (const t of texts) expect(typeof t).toBe('string');
  expect(Object.keys(props).sort()).toEqual(['n', ...texts.map((_, i) => `d${i}`)].sort());
  return texts as string[];
}

/** Every chunk fits in a property and is well-formed text: no half of a surrogate pair at either end. */
function expectWholeChunks(json: string): void {
  const props = toChunks(json);
  const texts = chunkTexts(props);
  for (const [i, t] of texts.entries()) {
    expect(t.length).toBeLessThanOrEqual(CHUNK_CHARS);
    if (i < texts.length - 1) expect(t.length).toBeGreaterThanOrEqual(CHUNK_CHARS - 1);
    const where = `chunk ${i} of a text of ${json.length} units`;
    expect([where, isLow(t.charCodeAt(0))]).toEqual([where, false]);
    expect([where, isHigh(t.charCodeAt(t.length - 1))]).toEqual([where, false]);
  }
  expect(fromChunks(props)).toBe(json);
}

/** `offset` ASCII units and then emoji (every unit after it part of a surrogate pair or a joiner), `length` units. */
function emojiAfter(offset: number, length: number, emoji = '😀'): string {
  let text = 'x'.repeat(offset);
  while (text.length < length) text += emoji;
  return text;
}

describe('chunks of a long document keep every emoji whole', () => {
  it('never cuts between the halves of an emoji, whatever offset it sits at around each boundary', () => {
    for (const boundary of [CHUNK_CHARS, 2 * CHUNK_CHARS, 3 * CHUNK_CHARS]) {
      for (let offset = boundary - 4; offset <= boundary + 4; offset++) {
        for (const emoji of EMOJI) expectWholeChunks(emojiAfter(offset, 3 * CHUNK_CHARS + 10, emoji));
      }
    }
  });

  it('keeps emoji whole in a document made of nothing but emoji, of any length near the boundaries', () => {
    for (let length = CHUNK_CHARS - 3; length <= CHUNK_CHARS + 3; length++) {
      expectWholeChunks(emojiAfter(0, length));
      expectWholeChunks(emojiAfter(1, length));
    }
    expectWholeChunks(emojiAfter(0, 10 * CHUNK_CHARS));
    expectWholeChunks(emojiAfter(1, 10 * CHUNK_CHARS + 1, '🇳🇱'));
  });

  it('still cuts plain text at exactly the chunk size, and writes one empty chunk for an empty text', () => {
    const text = 'a'.repeat(2 * CHUNK_CHARS + 5);
    const props = toChunks(text);
    expect(chunkTexts(props).map((t) => t.length)).toEqual([CHUNK_CHARS, CHUNK_CHARS, 5]);
    expect(toChunks('')).toEqual({ n: 1, d0: '' });
    expect(fromChunks(toChunks(''))).toBe('');
  });

  it('still refuses a document too large for one row', () => {
    expect(() => toChunks('a'.repeat(30 * CHUNK_CHARS))).not.toThrow();
    expect(() => toChunks('a'.repeat(30 * CHUNK_CHARS + 1))).toThrow(/too large/);
  });

  it('reads back rows written before, whose chunks split an emoji between them', () => {
    for (let offset = CHUNK_CHARS - 3; offset <= CHUNK_CHARS + 1; offset++) {
      const text = emojiAfter(offset, 2 * CHUNK_CHARS + 7);
      // How rows were written before: cut at exactly every CHUNK_CHARS units.
      const old = {
        n: 3,
        d0: text.slice(0, CHUNK_CHARS),
        d1: text.slice(CHUNK_CHARS, 2 * CHUNK_CHARS),
        d2: text.slice(2 * CHUNK_CHARS),
      };
      expect(fromChunks(old)).toBe(text);
    }
  });
});

describe('chunks with emoji in the store (Azurite)', () => {
  const docSchema = z.object({ title: z.string() });
  let tables: Tables;
  beforeAll(async () => {
    tables = new Tables({ connectionString: process.env.TEST_STORAGE_CONNECTION_STRING! }, uniquePrefix());
    await tables.ensure(['Docs']);
  });
  const docs = () => new JsonTable(tables.table('Docs'), docSchema, () => ({}));
  /** `{"title":"` is 10 units: a title of CHUNK_CHARS - 11 ASCII units puts an emoji's first half at the cut. */
  const title = emojiAfter(CHUNK_CHARS - 11, CHUNK_CHARS + 20) + ' eind';

  it('stores a document with an emoji at the cut as whole text in each property, and reads it back exactly', async () => {
    await docs().create('p', 'cut', { title });
    const raw = await tables.table('Docs').getEntity<Record<string, unknown>>('p', 'cut');
    const d0 = String(raw.d0);
    const d1 = String(raw.d1);
    expect(raw.n).toBe(2);
    expect(d0.length).toBe(CHUNK_CHARS - 1);
    expect(isHigh(d0.charCodeAt(d0.length - 1))).toBe(false);
    expect(isLow(d1.charCodeAt(0))).toBe(false);
    expect((await docs().get('p', 'cut'))?.value.title).toBe(title);
  });

  it('reads back a row written before, with the halves of an emoji in two properties', async () => {
    const json = JSON.stringify({ title });
    expect(isHigh(json.charCodeAt(CHUNK_CHARS - 1))).toBe(true);
    await tables.table('Docs').createEntity({
      partitionKey: 'p',
      rowKey: 'old',
      n: 2,
      d0: json.slice(0, CHUNK_CHARS),
      d1: json.slice(CHUNK_CHARS),
    });
    expect((await docs().get('p', 'old'))?.value.title).toBe(title);
  });
});

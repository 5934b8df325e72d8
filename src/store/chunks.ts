// JSON documents split over several string properties: one property of Azure Tables holds at most 64 KiB.

/** Characters per property (UTF-16 code units; 30,000 stays below the 32K-character limit). */
const CHUNK_CHARS = 30_000;
/** Azure Tables' entity limit is 1 MiB; stay well under it. */
const MAX_CHUNKS = 30;

/** The properties `n, d0..dn` holding `json`; throws when the document is too large for one row. */
export function toChunks(json: string): Record<string, string | number> {
  const n = Math.max(1, Math.ceil(json.length / CHUNK_CHARS));
  if (n > MAX_CHUNKS) throw new Error('Document too large for one table row');
  const props: Record<string, string | number> = { n };
  for (let i = 0; i < n; i++) props[`d${i}`] = json.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS);
  return props;
}

/** Joins the chunks written by toChunks back into the JSON text ('' when there are none). */
export function fromChunks(entity: Record<string, unknown>): string {
  const n = typeof entity.n === 'number' ? entity.n : 0;
  let json = '';
  for (let i = 0; i < n; i++) json += String(entity[`d${i}`] ?? '');
  return json;
}

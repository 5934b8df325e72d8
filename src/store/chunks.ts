// JSON documents split over several string properties: one property of Azure Tables holds at most 64 KiB.

/** Characters per property (UTF-16 code units; 30,000 stays below the 32K-character limit). */
export const CHUNK_CHARS = 30_000;
/** Azure Tables' entity limit is 1 MiB; stay well under it. */
const MAX_CHUNKS = 30;

/** Whether a cut before index `at` would separate the two halves of a surrogate pair. */
function splitsPair(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * The properties `n, d0..dn` holding `json`, each at most CHUNK_CHARS long; a cut never falls inside a surrogate
 * pair (an emoji), since a lone surrogate is not valid text for Azure Tables. Throws when the document is too large
 * for one row.
 */
export function toChunks(json: string): Record<string, string | number> {
  const props: Record<string, string | number> = { n: 0 };
  let n = 0;
  let start = 0;
  do {
    let end = Math.min(start + CHUNK_CHARS, json.length);
    if (splitsPair(json, end)) end--;
    if (n === MAX_CHUNKS) throw new Error('Document too large for one table row');
    props[`d${n++}`] = json.slice(start, end);
    start = end;
  } while (start < json.length);
  props.n = n;
  return props;
}

/**
 * Joins the chunks written by toChunks back into the JSON text ('' when there are none), also of rows written
 * before cuts kept surrogate pairs whole (one half at the end of a chunk, the other at the start of the next).
 */
export function fromChunks(entity: Record<string, unknown>): string {
  const n = typeof entity.n === 'number' ? entity.n : 0;
  let json = '';
  for (let i = 0; i < n; i++) json += String(entity[`d${i}`] ?? '');
  return json;
}

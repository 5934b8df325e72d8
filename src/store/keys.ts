// Table keys: reversible escaping of the characters Azure Tables forbids in PartitionKey and RowKey.

/** Characters not allowed in keys (`/ \ # ?`, control characters) plus `%`, the escape character itself. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[/\\#?%\u0000-\u001f\u007f-\u009f]/g;

/** Longest key Azure Tables accepts, in characters. */
export const MAX_KEY_LENGTH = 1024;

/**
 * Escapes a value for use as PartitionKey or RowKey: forbidden characters become `%XX`.
 * Throws when the escaped key is longer than Azure Tables allows (a fault, not user input).
 */
export function escapeKey(value: string): string {
  const escaped = value.replace(FORBIDDEN, (c) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0'));
  if (escaped.length > MAX_KEY_LENGTH) {
    throw new Error(`Table key longer than ${MAX_KEY_LENGTH} characters`);
  }
  return escaped;
}

/** Reverses escapeKey. */
export function unescapeKey(key: string): string {
  return key.replace(/%([0-9a-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * A RowKey that sorts newest first: the time in milliseconds subtracted from a fixed far-future value,
 * zero-padded, so a plain ascending query returns recent rows first.
 */
export function newestFirstKey(epochMs: number): string {
  return String(9_999_999_999_999 - epochMs).padStart(13, '0');
}

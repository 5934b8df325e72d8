// Cleaning what people type before it is stored or shown: control characters, odd whitespace, length limits.

/** Characters that never belong in stored text: C0/C1 controls (tab and newline are handled apart), bidi overrides, zero-width marks. */
const UNWANTED =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Normalises typed text: Unicode NFC, no control or invisible characters, tabs as spaces, at most one
 * empty line in a row, trimmed. Keeps line breaks when `multiline`, else joins lines with spaces.
 */
export function cleanText(input: string, multiline = true): string {
  let s = input.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(UNWANTED, '');
  s = multiline ? s.replace(/[ \u00a0]+\n/g, '\n').replace(/\n{3,}/g, '\n\n') : s.replace(/\s*\n\s*/g, ' ');
  return s.replace(/[ \u00a0]{2,}/g, ' ').trim();
}

/** Length in user-perceived characters (code points), the way people count what they typed. */
export function textLength(s: string): number {
  return Array.from(s).length;
}

/**
 * Makes user text safe inside a Teams markdown message: characters that start emphasis, code, links or
 * HTML are backslash-escaped (or replaced), and line-start markers too, so "[klik](javascript:…)" shows as
 * typed and links nothing. Line breaks become spaces.
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/\n/g, ' ')
    .replace(/[\\`*_[\]~]/g, (c) => `\\${c}`)
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/^(\s*)([#+-]|\d+\.)/, '$1\\$2');
}

/**
 * A message in Teams markdown as plain text, for where Teams shows text as it is (the answer to a card button):
 * bold and code marks dropped, escaped characters shown as themselves.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_[\]~#+-])/g, '$1');
}

/** A short form of a text for lists and notifications: first `max` characters, on a word boundary, with "…". */
export function shorten(s: string, max: number): string {
  const chars = Array.from(s.replace(/\s+/g, ' ').trim());
  if (chars.length <= max) return chars.join('');
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** True when the text has something readable in it (letters or digits), not just punctuation or emoji. */
export function hasContent(s: string): boolean {
  return /[\p{L}\p{N}]/u.test(s);
}

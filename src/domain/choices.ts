// Reading a typed choice ("2", "examens", "ocw, inspectie en vo-raad", "anders: …") against a list of options.

/** An option with the words (Dutch and English) that select it when typed. */
export interface Option<C extends string> {
  code: C;
  words: readonly string[];
}

export type ChoiceResult<C extends string> =
  | { ok: true; codes: C[]; other?: string }
  | {
      ok: false;
      error: 'choice.required' | 'choice.unknown' | 'choice.single' | 'choice.otherMissing';
      unknown?: string;
    };

/** Between the items of a typed list: a comma, semicolon, slash, line, "en", "and" or "&". */
export const SEPARATORS = /\s*(?:,|;|\/|\n|\s+en\s+|\s+and\s+|\s+&\s+)\s*/i;
const OTHER_PREFIX = /^(?:anders|andere|other|overig)\s*[:\-–]\s*(.+)$/i;

/** Lower case, accents and punctuation dropped: the words of a typed text as options are compared. */
export function simplify(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The option a single token names: its number in the list (1-based), or one of its words as a whole word. */
function matchToken<C extends string>(options: readonly Option<C>[], token: string): C | undefined {
  const t = simplify(token);
  if (!t) return undefined;
  const n = /^\d+$/.test(t) ? Number(t) : NaN;
  if (Number.isInteger(n)) return options[n - 1]?.code;
  const exact = options.find((o) => o.code === t || o.words.some((w) => simplify(w) === t));
  if (exact) return exact.code;
  const padded = ` ${t} `;
  const hits = options.filter((o) => o.words.some((w) => padded.includes(` ${simplify(w)} `)));
  return hits.length === 1 ? hits[0]?.code : undefined;
}

/**
 * Reads a typed answer as one option (`multi` false) or several. "anders: <text>" (or "other: …") selects
 * the option coded `otherCode` with its text. Unknown parts are an error naming them, never guessed.
 */
export function parseChoice<C extends string>(
  options: readonly Option<C>[],
  typed: string,
  { multi, otherCode }: { multi: boolean; otherCode?: C },
): ChoiceResult<C> {
  const text = typed.trim();
  if (!text) return { ok: false, error: 'choice.required' };
  const codes: C[] = [];
  let other: string | undefined;
  const parts = multi ? text.split(SEPARATORS) : [text];
  for (const part of parts.map((p) => p.trim()).filter(Boolean)) {
    const otherMatch = OTHER_PREFIX.exec(part);
    if (otherMatch && otherCode) {
      other = otherMatch[1]?.trim();
      if (!codes.includes(otherCode)) codes.push(otherCode);
      continue;
    }
    const code = matchToken(options, part);
    if (!code) return { ok: false, error: 'choice.unknown', unknown: part };
    if (code === otherCode && !other) return { ok: false, error: 'choice.otherMissing' };
    if (!codes.includes(code)) codes.push(code);
  }
  if (codes.length === 0) return { ok: false, error: 'choice.required' };
  if (!multi && codes.length > 1) return { ok: false, error: 'choice.single' };
  return { ok: true, codes, other };
}

/**
 * Finds every option whose words occur in a free sentence ("we lopen aan tegen de examenregels en de
 * bekostiging"), for steps where people explain rather than pick.
 */
export function findMentioned<C extends string>(options: readonly Option<C>[], sentence: string): C[] {
  const padded = ` ${simplify(sentence)} `;
  return options.filter((o) => o.words.some((w) => padded.includes(` ${simplify(w)} `))).map((o) => o.code);
}

/** Reads yes / no in Dutch or English ("ja", "jazeker", "yes", "nee", "no", "doorgaan", "stoppen"). */
export function parseYesNo(typed: string): boolean | undefined {
  const t = simplify(typed);
  if (/^(ja|jazeker|jawel|yes|y|j|ok|oke|okay|doorgaan|ga door|go on|continue|zeker)$/.test(t)) return true;
  if (/^(nee|neen|no|n|niet|liever niet)$/.test(t)) return false;
  return undefined;
}

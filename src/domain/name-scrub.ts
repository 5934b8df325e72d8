// Names of known participants in free text (a follow-up "Irene vraagt de inspectie…") replaced by their pseudonym,
// so the research export links records without naming anyone. Names the bot never heard of stay: it cannot know them.

/** A person the bot knows by name, and the pseudonym that stands for them. */
export interface NamedPerson {
  name: string;
  pseudonym: string;
}

/** What stands for a first name that two known people share (the pseudonym would guess). */
export const AMBIGUOUS_NAME = '[naam]';

/** Words of a name shorter than this are left alone on their own (initials, "de", "van"). */
const MIN_PART = 3;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The name as compared: lower case, single spaces, trimmed. */
export function normalName(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * A function that replaces, in a text, every full name of `people` (any letter case) and every first name on its
 * own (as written with a capital) by that person's pseudonym; a first name of several people becomes [naam].
 */
export function nameScrubber(
  people: readonly NamedPerson[],
): (text: string | undefined) => string | undefined {
  const full = new Map<string, string>();
  const first = new Map<string, string>();
  for (const p of people) {
    const n = normalName(p.name);
    if (Array.from(n).length < MIN_PART) continue;
    full.set(n, full.has(n) && full.get(n) !== p.pseudonym ? AMBIGUOUS_NAME : p.pseudonym);
    const given = p.name.trim().split(/\s+/)[0] ?? '';
    if (Array.from(given).length >= MIN_PART && given !== p.name.trim()) {
      const g = given.normalize('NFC');
      first.set(g, first.has(g) && first.get(g) !== p.pseudonym ? AMBIGUOUS_NAME : p.pseudonym);
    }
  }
  if (full.size === 0 && first.size === 0) return (text) => text;
  // Longest first, so "Irene de Vries" goes before "Irene".
  const fullNames = [...full.keys()].sort((a, b) => b.length - a.length);
  const firstNames = [...first.keys()].sort((a, b) => b.length - a.length);
  const bounded = (alternatives: string[]) =>
    `(?<![\\p{L}\\p{N}])(${alternatives.map((a) => escapeRegExp(a).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`;
  const fullRe = fullNames.length ? new RegExp(bounded(fullNames), 'giu') : undefined;
  const firstRe = firstNames.length ? new RegExp(bounded(firstNames), 'gu') : undefined;
  return (text) => {
    if (!text) return text;
    let out = fullRe ? text.replace(fullRe, (m) => full.get(normalName(m)) ?? m) : text;
    if (firstRe) out = out.replace(firstRe, (m) => first.get(m.normalize('NFC')) ?? m);
    return out;
  };
}

// Someone who had their data removed stands in the records under a pseudonym: "P-" and twelve hex digits.

export const PSEUDONYM_PREFIX = 'P-';

/** Whether an id (or a name kept in its place) is such a pseudonym: no person the bot can address or name. */
export function isPseudonym(id: string): boolean {
  return /^P-[0-9a-f]{12}$/i.test(id);
}

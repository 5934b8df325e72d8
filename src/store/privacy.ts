// Privacy (AVG): find everything stored about one person, and remove it or, where research needs it, pseudonymise it.
import { RestError } from '@azure/data-tables';
import { fromChunks, toChunks } from './chunks';
import { escapeKey } from './keys';
import { storageFault } from './json-table';
import { TABLE_NAMES } from '.';
import type { Tables } from './tables';

/** The identifiers of a person as they appear in stored rows. */
export interface PersonIds {
  aadObjectId: string;
  /** Teams user id ("29:…"). */
  teamsId?: string;
  name?: string;
  email?: string;
  /** Their personal chat(s) with the bot: an id that points at them as much as their own ids do. */
  conversationIds?: string[];
}

/** The ids that identify the person wherever they appear, also inside longer strings. */
function idNeedles(ids: PersonIds): string[] {
  return [ids.aadObjectId, ids.teamsId, ...(ids.conversationIds ?? [])].filter((x): x is string =>
    Boolean(x),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

type TableName = (typeof TABLE_NAMES)[keyof typeof TABLE_NAMES];

/**
 * Tables whose rows about the person are deleted outright (for conversations: their personal chat only);
 * elsewhere the person is replaced by a pseudonym.
 */
const DELETE_ROWS: readonly TableName[] = [
  TABLE_NAMES.conversations,
  TABLE_NAMES.flows,
  TABLE_NAMES.roleGrants,
  TABLE_NAMES.turnState,
];
const SYSTEM_PROPS = new Set(['partitionKey', 'rowKey', 'etag', 'timestamp', 'odata.etag', 'odata.metadata']);

function mentions(text: string, ids: PersonIds): boolean {
  const lower = text.toLowerCase();
  if (idNeedles(ids).some((n) => lower.includes(n.toLowerCase()) || text.includes(escapeKey(n)))) return true;
  // An address as a whole only: "an@school.nl" is not in "jan@school.nl".
  return ids.email ? wholeAddress(ids.email).test(lower) : false;
}

function wholeAddress(email: string): RegExp {
  return new RegExp(`(?<![\\w.+-])${escapeRegExp(email.toLowerCase())}(?![\\w.-])`);
}

/** Replaces the person in a stored document: their ids by the pseudonym, their name by `removedName`, their e-mail by nothing. */
export function pseudonymiseValue(
  value: unknown,
  ids: PersonIds,
  pseudonym: string,
  removedName: string,
): unknown {
  const same = (a: string | undefined, b: string | undefined) =>
    Boolean(a && b && a.toLowerCase() === b.toLowerCase());
  if (typeof value === 'string') {
    if (same(value, ids.email)) return '';
    let out = value;
    for (const id of idNeedles(ids)) out = out.replace(new RegExp(escapeRegExp(id), 'gi'), pseudonym);
    if (out !== value) return out;
    // Their name on its own (e.g. who a message was for), in a row that is about them.
    if (ids.name && same(value.trim(), ids.name.trim())) return removedName;
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => pseudonymiseValue(v, ids, pseudonym, removedName));
  if (!value || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  const isPerson =
    (typeof o.aadObjectId === 'string' && same(o.aadObjectId, ids.aadObjectId)) ||
    (typeof o.id === 'string' && same(o.id, ids.teamsId));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (isPerson && k === 'name') out[k] = removedName;
    // Emptied, not dropped: a record that must name an address (a chosen facilitator) stays readable.
    else if (isPerson && k === 'email') out[k] = '';
    else out[k] = pseudonymiseValue(v, ids, pseudonym, removedName);
  }
  return out;
}

function rekey(key: string, ids: PersonIds, pseudonym: string): string {
  let k = key;
  for (const id of idNeedles(ids)) {
    k = k
      .split(escapeKey(id))
      .join(escapeKey(pseudonym))
      .split(escapeKey(id.toLowerCase()))
      .join(escapeKey(pseudonym));
  }
  return k;
}

/** Every stored row that mentions the person, per table: its document (or, for a row without one, its columns). */
export async function collectPerson(
  tables: Tables,
  ids: PersonIds,
): Promise<Partial<Record<TableName, unknown[]>>> {
  const found: Partial<Record<TableName, unknown[]>> = {};
  for (const name of Object.values(TABLE_NAMES)) {
    try {
      for await (const e of tables.table(name).listEntities<Record<string, unknown>>()) {
        const json = fromChunks(e);
        const columns = Object.fromEntries(
          Object.entries(e).filter(([k]) => !SYSTEM_PROPS.has(k) && k !== 'n' && !/^d\d+$/.test(k)),
        );
        if (!mentions(`${e.partitionKey}|${e.rowKey}|${json}|${JSON.stringify(columns)}`, ids)) continue;
        (found[name] ??= []).push(json ? (JSON.parse(json) as unknown) : columns);
      }
    } catch (e) {
      throw storageFault(e);
    }
  }
  return found;
}

/**
 * Removes the person's own rows (conversation addresses, intake drafts, role grants, turn state) and
 * pseudonymises them everywhere else (votes, invitations, answers, reflections, follow-ups, …), re-keying
 * rows whose keys held their id. Returns how many rows were touched.
 */
export async function forgetPerson(
  tables: Tables,
  ids: PersonIds,
  pseudonym: string,
  removedName: string,
): Promise<number> {
  let touched = 0;
  for (const name of Object.values(TABLE_NAMES)) {
    const client = tables.table(name);
    const rows: Record<string, unknown>[] = [];
    try {
      for await (const e of client.listEntities<Record<string, unknown>>()) rows.push(e);
    } catch (e) {
      throw storageFault(e);
    }
    for (const e of rows) {
      const pk = String(e.partitionKey);
      const rk = String(e.rowKey);
      const json = fromChunks(e);
      const columns = Object.fromEntries(
        Object.entries(e).filter(([k]) => !SYSTEM_PROPS.has(k) && k !== 'n' && !/^d\d+$/.test(k)),
      );
      if (!mentions(`${pk}|${rk}|${json}|${JSON.stringify(columns)}`, ids)) continue;
      touched++;
      const ownRow =
        name !== TABLE_NAMES.conversations || pk.startsWith('u') || /"kind":"personal"/.test(json);
      if (DELETE_ROWS.includes(name) && ownRow) {
        await client.deleteEntity(pk, rk).catch((err: unknown) => {
          if (!(err instanceof RestError && err.statusCode === 404)) throw storageFault(err);
        });
        continue;
      }
      const doc = json ? pseudonymiseValue(JSON.parse(json), ids, pseudonym, removedName) : undefined;
      const newColumns = pseudonymiseValue(columns, ids, pseudonym, removedName) as Record<string, unknown>;
      const next = {
        partitionKey: rekey(pk, ids, pseudonym),
        rowKey: rekey(rk, ids, pseudonym),
        ...newColumns,
        ...(doc !== undefined ? toChunks(JSON.stringify(doc)) : {}),
      };
      try {
        await client.upsertEntity(next, 'Replace');
        if (next.partitionKey !== pk || next.rowKey !== rk) await client.deleteEntity(pk, rk);
      } catch (err) {
        throw storageFault(err);
      }
    }
  }
  return touched;
}

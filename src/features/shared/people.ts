// People picked on a card (Teams people picker): Entra object ids or Teams user ids, found out who they are.
import type { Member, Turn } from '../../bot/feature';
import type { Directory } from '../../mail/graph-users';
import type { ConversationAddress } from '../../store/conversations';
import type { FeatureDeps } from '../../bot/deps';

/** Entra object ids (GUIDs; the Agents Playground's have a 13-digit last group). */
export const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12,13}$/i;
/** Teams user ids ("29:…", the Playground's "user-id-1") and Entra object ids: what a picker may give. */
const PICKED_ID = /^[\w:.@-]{1,200}$/;
/** People looked up at once: each look-up is a call or two to Teams, and the turn has seconds, not minutes. */
const LOOKUPS_AT_ONCE = 5;

export interface PickedPerson {
  /** The picker's own value for this person, as it came. */
  picked: string;
  aadObjectId: string;
  name: string | undefined;
  /** Teams user id, when Teams told it: a 1:1 chat is opened with it. */
  teamsId?: string;
  email?: string;
}

/** People the bot could not find out about: no name or no Entra id, with Teams' answer when it tried to reach them. */
export interface UnknownPerson {
  picked: string;
  reason: string;
}

/**
 * Finds out who each picked person is ("id1,id2"): from their stored personal chat, this conversation's members,
 * the members of `elsewhere` (e.g. the network's conversation), by opening a 1:1 chat with them (Teams then says who
 * they are there), and at last, with `directory`, in the directory of the picker's tenant. Returns undefined for more
 * than `max` entries or an entry that is no id at all.
 */
export async function pickPeople(
  deps: FeatureDeps,
  turn: Turn,
  picked: string,
  max: number,
  options: {
    elsewhere?: readonly ConversationAddress[];
    /** Ask the organisation's directory (Graph) about an Entra id Teams gives no name for, when configured. */
    directory?: boolean;
  } = {},
): Promise<{ people: PickedPerson[]; unknown: UnknownPerson[] } | undefined> {
  const ids = [
    ...new Set(
      picked
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  if (ids.length > max || !ids.every((id) => PICKED_ID.test(id))) return undefined;
  const elsewhere = (options.elsewhere ?? []).filter((a) => a.conversation.id !== turn.conversation.id);
  const directory = options.directory ? directoryOf(deps, turn) : undefined;
  const found: (PickedPerson | UnknownPerson)[] = [];
  for (let from = 0; from < ids.length; from += LOOKUPS_AT_ONCE) {
    const part = ids.slice(from, from + LOOKUPS_AT_ONCE);
    found.push(...(await Promise.all(part.map((id) => identify(deps, turn, id, elsewhere, directory)))));
  }
  return {
    people: found.filter((p): p is PickedPerson => 'aadObjectId' in p),
    unknown: found.filter((p): p is UnknownPerson => 'reason' in p),
  };
}

/**
 * `pickPeople` for forms that need everyone known: undefined when any picked person is not (or there are too many).
 */
export async function resolvePeople(
  deps: FeatureDeps,
  turn: Turn,
  picked: string,
  max: number,
): Promise<PickedPerson[] | undefined> {
  const result = await pickPeople(deps, turn, picked, max);
  return result && result.unknown.length === 0 ? result.people : undefined;
}

async function identify(
  deps: FeatureDeps,
  turn: Turn,
  picked: string,
  elsewhere: readonly ConversationAddress[],
  directory: Directory | undefined,
): Promise<PickedPerson | UnknownPerson> {
  const byObjectId = OBJECT_ID.test(picked);
  let known: Member = byObjectId ? { aadObjectId: picked.toLowerCase() } : { id: picked };
  const learn = (m: Member | undefined) => {
    if (m) known = { ...m, ...dropEmpty(known) };
  };
  const enough = () => Boolean(known.aadObjectId && known.name);
  const lookIn = async (address: ConversationAddress) => {
    if (!enough()) learn(await deps.messenger.member(address, known.id ?? picked));
  };

  const stored = known.aadObjectId
    ? await deps.store.conversations.personalChatOf(known.aadObjectId)
    : undefined;
  // Only a chat in the picker's own tenant says who someone is: an id typed in from another tenant names no one.
  const chat =
    stored &&
    (stored.address.conversation.tenantId ?? '').toLowerCase() ===
      (turn.conversation.tenantId ?? '').toLowerCase()
      ? stored
      : undefined;
  if (chat) {
    const user = chat.address.user;
    learn({ name: user?.name || undefined, id: user && user.id !== known.aadObjectId ? user.id : undefined });
    await lookIn(chat.address);
  }
  if (!enough()) learn(await turn.lookupMember(known.id ?? picked));
  for (const address of elsewhere) await lookIn(address);
  let reason: string | undefined;
  if (!enough() && !chat) {
    const opened = await deps.messenger.openChat(
      { id: known.id ?? picked, aadObjectId: known.aadObjectId, tenantId: turn.conversation.tenantId },
      turn.address,
      true,
    );
    if (opened.ok) learn(opened.member ?? {});
    else reason = opened.reason;
  }
  if (directory && known.aadObjectId && !known.name)
    learn(await fromDirectory(deps, directory, known.aadObjectId));
  // Reached (or known) without a name: Teams did not say it; the invitee's answer brings it.
  if (known.aadObjectId && (known.name || reason === undefined))
    return {
      picked,
      aadObjectId: known.aadObjectId,
      name: known.name,
      teamsId: known.id && known.id !== known.aadObjectId ? known.id : undefined,
      email: known.email,
    };
  return { picked, reason: reason ?? 'not found' };
}

/** The directory of the picker's tenant, when the bot has one: an id of another tenant is never looked up. */
function directoryOf(deps: FeatureDeps, turn: Turn): Directory | undefined {
  const tenant = (turn.conversation.tenantId ?? '').toLowerCase();
  return deps.directory && tenant === deps.directory.tenantId ? deps.directory : undefined;
}

/** Name and address from the directory; nothing when it does not say (not found, no permission, no answer). */
async function fromDirectory(
  deps: FeatureDeps,
  directory: Directory,
  aadObjectId: string,
): Promise<Member | undefined> {
  const found = await directory.user(aadObjectId);
  if (found.ok) return { aadObjectId, name: found.user.name, email: found.user.email };
  if (!found.notFound) deps.logger.warn({ reason: found.reason }, 'directory look-up failed');
  return undefined;
}

/** A member's fields that hold a value (so that what is known already is not overwritten by a blank). */
function dropEmpty(m: Member): Member {
  return Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined && v !== '')) as Member;
}

// People picked on a card (Teams people picker): Entra object ids, with their names where Teams or the bot knows them.
import type { Turn } from '../bot/feature';
import type { FeatureDeps } from '.';

/** Entra object ids (GUIDs; the Agents Playground's have a 13-digit last group). */
export const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12,13}$/i;

export interface PickedPerson {
  aadObjectId: string;
  name: string | undefined;
}

/**
 * Reads a people picker's value ("id1,id2"). In Teams these are Entra object ids; a client that gives Teams
 * user ids instead (the Agents Playground does) is resolved through the conversation's members. Returns
 * undefined when any entry cannot be resolved, or there are more than `max`.
 */
export async function resolvePeople(
  deps: FeatureDeps,
  turn: Turn,
  picked: string,
  max: number,
): Promise<PickedPerson[] | undefined> {
  const ids = picked
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (ids.length > max) return undefined;
  const people: PickedPerson[] = [];
  for (const id of ids) {
    if (OBJECT_ID.test(id)) {
      const aad = id.toLowerCase();
      const chat = await deps.store.conversations.personalChatOf(aad);
      people.push({
        aadObjectId: aad,
        name: chat?.address.user?.name || (await turn.lookupMember(aad))?.name,
      });
      continue;
    }
    if (!/^[\w:.@-]{1,200}$/.test(id)) return undefined;
    const member = await turn.lookupMember(id);
    if (!member?.aadObjectId) return undefined;
    people.push({ aadObjectId: member.aadObjectId, name: member.name });
  }
  return people;
}

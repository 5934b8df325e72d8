// Stored fixtures for the benchmark (broedplaatsen, date polls with votes), written through the store's repositories.
import { randomUUID } from 'node:crypto';
import type { Broedplaats } from '../src/domain/broedplaats';
import type { Meeting } from '../src/domain/meeting';
import type { Store } from '../src/store';
import { TENANT, type BenchUser } from './client';

const DAY_MS = 24 * 3600_000;

/** Stores a broedplaats of a network with `contact`, started in `originConversationId`. */
export async function storeBroedplaats(
  store: Store,
  contact: { aadObjectId: string; name: string },
  originConversationId: string,
  label: string,
): Promise<Broedplaats> {
  const id = randomUUID();
  const now = new Date().toISOString();
  const b: Broedplaats = {
    version: 1,
    id,
    network: {
      id: randomUUID(),
      name: `Netwerk ${label}`,
      kind: 'regionaal',
      schoolCount: 5,
      createdAt: now,
    },
    question: 'Hoe ver mag je als school gaan in het flexibel en gedifferentieerd aanbieden van examens?',
    tried: 'Vakken eerder afsluiten en samen schoolexamens ontwikkelen.',
    systemBarriers: ['examenregels'],
    systemNowhere: false,
    theme: 'examinering',
    stakeholders: ['ocw', 'inspectie'],
    research: { wish: 'ja', topic: 'schoolexamens' },
    facilitator: { chosen: false },
    meetings: { count: 2, period: 'voorjaar' },
    contacts: [{ aadObjectId: contact.aadObjectId, name: contact.name }],
    createdBy: { aadObjectId: contact.aadObjectId, name: contact.name },
    createdAt: now,
    origin: { conversationId: originConversationId, kind: 'personal', tenantId: TENANT },
  };
  await store.broedplaatsen.create(b);
  return b;
}

/**
 * Stores a meeting of `b`: a date poll (three slots, weeks ahead) whose card lives in `conversationId` as
 * message `messageId`, or, with `scheduled`, a meeting fixed on its first slot.
 */
export async function storeMeeting(
  store: Store,
  b: Broedplaats,
  conversationId: string,
  messageId: string,
  scheduled = false,
): Promise<Meeting> {
  const base = Date.now() + 21 * DAY_MS;
  const slots = [0, 1, 2].map((i) => ({
    id: `s${i + 1}`,
    start: new Date(base + i * 7 * DAY_MS).toISOString(),
    end: new Date(base + i * 7 * DAY_MS + 2.5 * 3600_000).toISOString(),
  }));
  const creator = b.contacts[0] ?? { aadObjectId: '', name: 'Contact' };
  const m: Meeting = {
    version: 1,
    id: randomUUID(),
    broedplaatsId: b.id,
    number: 1,
    purpose: 'Eerste bijeenkomst: de ontwikkelvraag en de ervaringen erachter',
    location: 'Montessori Lyceum, Amsterdam',
    status: scheduled ? 'scheduled' : 'polling',
    slots,
    ...(scheduled ? { chosenSlotId: 's1', start: slots[0]?.start, end: slots[0]?.end } : {}),
    poll: { conversationId, messageId, locale: 'nl' },
    createdBy: { aadObjectId: creator.aadObjectId, id: `29:${creator.aadObjectId}`, name: creator.name },
    createdAt: new Date().toISOString(),
    moves: [],
  };
  await store.meetings.create(m);
  return m;
}

/** Stores the yes / maybe / no of `voters` other people on every slot of a poll (a poll with some history). */
export async function storeVotes(store: Store, m: Meeting, voters: number): Promise<void> {
  const answers = ['yes', 'maybe', 'no'] as const;
  const writes: Promise<void>[] = [];
  for (let v = 0; v < voters; v++) {
    for (const [i, slot] of m.slots.entries()) {
      writes.push(
        store.meetings.putVote(m.id, {
          slotId: slot.id,
          answer: answers[(v + i) % 3] ?? 'yes',
          voter: { aadObjectId: `other-${m.id}-${v}`, id: `29:other-${v}`, name: `Deelnemer ${v}` },
          at: new Date().toISOString(),
        }),
      );
    }
  }
  await Promise.all(writes);
}

/** A date poll in `voter`'s personal chat (its own broedplaats), with `otherVoters` earlier voters. */
export async function storePollFor(
  store: Store,
  voter: BenchUser,
  contact: BenchUser,
  otherVoters: number,
): Promise<{ b: Broedplaats; m: Meeting }> {
  const b = await storeBroedplaats(store, contact, voter.conversationId, `Stemmen ${voter.id}`);
  const m = await storeMeeting(store, b, voter.conversationId, `poll-msg-${voter.id}`);
  await storeVotes(store, m, otherVoters);
  return { b, m };
}

/** Runs `work` for each item, at most `parallel` at a time. */
export async function inBatches<T>(
  items: readonly T[],
  parallel: number,
  work: (item: T, index: number) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(parallel, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i] as T, i);
      }
    }),
  );
}

// The card verbs of reflection and what each one's buttons send back: the reflection card and the choice of results.
import { z } from 'zod';
import { defineVerb } from '../../bot/feature';

const id = z.string().min(1).max(100);
/** An answer as the card (or the page) sends it: room beyond any input's own limit, so the check says what is too long. */
const answer = z.string().max(5000).optional();

/** The fields of the reflection card, the same on the page behind a personal link. */
export const reflectionFields = {
  usefulness: answer,
  perspectives: answer,
  newContacts: answer,
  systemValue: answer,
  researchValue: answer,
  followUps: answer,
  followUpWish: answer,
  remarks: answer,
  showName: answer,
};
export type ReflectionFields = z.infer<z.ZodObject<typeof reflectionFields>>;

/** "Versturen" on a reflection card: the meeting and the answers. */
export const reflectionSubmit = defineVerb(
  'reflection.submit',
  z.object({ broedplaatsId: id, meetingId: id, ...reflectionFields }).passthrough(),
);
export type ReflectionSubmitForm = z.infer<typeof reflectionSubmit.schema>;

/** A meeting as one choice value (broedplaats and meeting id), read back by `splitMeetingChoice`. */
export function meetingChoice(broedplaatsId: string, meetingId: string): string {
  return `${broedplaatsId}|${meetingId}`;
}

/** Card data whose meetingId holds a meeting choice gets both ids back; other data passes unchanged. */
export function splitMeetingChoice(data: unknown): unknown {
  if (!data || typeof data !== 'object') return data;
  const d = data as Record<string, unknown>;
  if (typeof d.meetingId !== 'string' || !d.meetingId.includes('|')) return data;
  const [broedplaatsId, meetingId] = d.meetingId.split('|');
  return { ...d, broedplaatsId, meetingId };
}

/** The results of one meeting, chosen by a button or from the dropdown (`meetingChoice`). */
export const reflectionResults = defineVerb(
  'reflection.results',
  z.preprocess(splitMeetingChoice, z.object({ broedplaatsId: id, meetingId: id }).passthrough()),
);

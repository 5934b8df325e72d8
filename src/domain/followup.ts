// Follow-up agreements (vervolgafspraken): what, who picks it up, by when — so results do not evaporate (report 4.2).
import { DateTime } from 'luxon';
import { z } from 'zod';
import { ZONE } from './meeting';

export const FOLLOW_UP_TEXT = {
  what: { min: 3, max: 500 },
  owner: { min: 2, max: 100 },
  reason: { max: 300 },
} as const;
/** Hour (Dutch time) on the due date at which an open follow-up counts as overdue and its reminder goes. */
export const FOLLOW_UP_DUE_HOUR = 17;

export const followUpSchema = z.object({
  version: z.literal(1),
  id: z.string(),
  broedplaatsId: z.string(),
  what: z.string(),
  owner: z.object({ name: z.string(), aadObjectId: z.string().optional() }),
  /** Due date (yyyy-MM-dd, Dutch calendar). */
  due: z.string(),
  status: z.enum(['open', 'done', 'dropped']),
  reason: z.string().optional(),
  createdBy: z.object({ aadObjectId: z.string(), name: z.string() }),
  createdAt: z.string(),
  closedAt: z.string().optional(),
  closedBy: z.object({ aadObjectId: z.string(), name: z.string() }).optional(),
  remindedAt: z.string().optional(),
  /** Where the reflection that mentioned it came from, when recorded from the results. */
  fromMeetingId: z.string().optional(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

/** The moment a follow-up due on `due` (yyyy-MM-dd) becomes overdue. */
export function dueMoment(due: string): DateTime {
  return DateTime.fromISO(due, { zone: ZONE }).set({ hour: FOLLOW_UP_DUE_HOUR, minute: 0 });
}

/** Whether an open follow-up is past its due moment at `now`. */
export function isOverdue(f: FollowUp, now: DateTime): boolean {
  return f.status === 'open' && dueMoment(f.due) <= now;
}

// The card verbs of scheduling and what each one's buttons send back: the plan form, the date poll, move and cancel.
import { z } from 'zod';
import { defineVerb } from '../../bot/feature';
import { VOTE_ANSWERS } from '../../domain/meeting';

const id = z.string().min(1).max(100);
const meetingIds = { broedplaatsId: id, meetingId: id };
/** A text field of a form: a string as the card sends it, absent when left empty. */
const field = (max: number) => z.string().max(max).optional();

type Moment = 1 | 2 | 3 | 4 | 5;
/** The date, start and end fields of moment `n` of a form. */
function moment<N extends Moment>(n: N) {
  return { [`date${n}`]: field(20), [`start${n}`]: field(20), [`end${n}`]: field(20) } as {
    [K in `${'date' | 'start' | 'end'}${N}`]: z.ZodOptional<z.ZodString>;
  };
}

/** Moment `n` (1–5) of a form's values, as typed (empty when left open). */
export function momentOf(
  values: Partial<Record<`${'date' | 'start' | 'end'}${Moment}`, string>>,
  n: number,
): { date: string; start: string; end: string } {
  const k = n as Moment;
  return { date: values[`date${k}`] ?? '', start: values[`start${k}`] ?? '', end: values[`end${k}`] ?? '' };
}

export const planChoose = defineVerb('plan.choose', z.object({ broedplaatsId: id }).passthrough());

/** The plan form: purpose, place, link, 2–5 moments (SLOTS.max rows) (or the one fixed), where to post it, joint reflection. */
export const planCreate = defineVerb(
  'plan.create',
  z
    .object({
      broedplaatsId: id,
      number: z.union([z.string().max(5), z.number()]).optional(),
      mode: z.enum(['poll', 'fixed']).optional(),
      purpose: field(2000),
      location: field(2000),
      onlineUrl: field(2000),
      target: field(20),
      jointReflection: field(10),
      ...moment(1),
      ...moment(2),
      ...moment(3),
      ...moment(4),
      ...moment(5),
    })
    .passthrough(),
);
export type PlanForm = z.infer<typeof planCreate.schema>;

export const pollVote = defineVerb(
  'poll.vote',
  z.object({ ...meetingIds, slotId: z.string().max(20), answer: z.enum(VOTE_ANSWERS) }),
);
export const pollRefresh = defineVerb('poll.refresh', z.object(meetingIds).passthrough());
export const pollManage = defineVerb('poll.manage', z.object(meetingIds).passthrough());
export const pollClose = defineVerb(
  'poll.close',
  z.object({ ...meetingIds, slotId: z.string().max(20) }).passthrough(),
);

export const meetingMoveForm = defineVerb('meeting.moveForm', z.object(meetingIds).passthrough());
/** The move form: the meeting's new moment. */
export const meetingMove = defineVerb(
  'meeting.move',
  z.object({ ...meetingIds, ...moment(1) }).passthrough(),
);
export type MoveForm = z.infer<typeof meetingMove.schema>;
export const meetingCancelAsk = defineVerb('meeting.cancelAsk', z.object(meetingIds).passthrough());
export const meetingCancel = defineVerb('meeting.cancel', z.object(meetingIds).passthrough());
export const meetingKeep = defineVerb('meeting.keep', z.object(meetingIds).passthrough());

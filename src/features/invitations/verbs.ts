// The card verbs of invitations and what each one's buttons send back: the invite form, answers, marks, texts.
import { z } from 'zod';
import { defineVerb } from '../../bot/feature';
import { RSVP_ANSWERS } from '../../domain/invitation';
import { VOTE_ANSWERS } from '../../domain/meeting';

const id = z.string().min(1).max(100);
const meetingIds = { broedplaatsId: id, meetingId: id };
/** A text field of a form: a string as the card sends it, absent when left empty. */
const field = (max: number) => z.string().max(max).optional();

type Row = 1 | 2 | 3;
/** The fields of row `n` of the invite form's people typed by hand (MANUAL_ROWS rows). */
function row<N extends Row>(n: N) {
  return {
    [`name${n}`]: field(2000),
    [`organisation${n}`]: field(2000),
    [`category${n}`]: field(100),
    [`email${n}`]: field(2000),
  } as { [K in `${'name' | 'organisation' | 'category' | 'email'}${N}`]: z.ZodOptional<z.ZodString> };
}

/** Row `n` (1–3) of the invite form's values, as typed (empty when left open). */
export function personOf(
  values: Partial<Record<`${'name' | 'organisation' | 'category' | 'email'}${Row}`, string>>,
  n: number,
): { name: string; organisation: string; category: string; email: string } {
  const k = n as Row;
  return {
    name: values[`name${k}`] ?? '',
    organisation: values[`organisation${k}`] ?? '',
    category: values[`category${k}`] ?? '',
    email: values[`email${k}`] ?? '',
  };
}

export const inviteChoose = defineVerb('invite.choose', z.object({ broedplaatsId: id }).passthrough());
export const inviteForm = defineVerb('invite.form', z.object(meetingIds).passthrough());
/** The invite form: people picked in Teams (ids, with their party), up to three typed by hand, a reason. */
export const inviteCreate = defineVerb(
  'invite.create',
  z
    .object({
      ...meetingIds,
      people: field(2000),
      peopleCategory: field(100),
      ...row(1),
      ...row(2),
      ...row(3),
      reason: field(2000),
      linksForAll: field(10),
    })
    .passthrough(),
);
export type InviteForm = z.infer<typeof inviteCreate.schema>;
export const inviteTexts = defineVerb('invite.texts', z.object(meetingIds).passthrough());

const invitationIds = { ...meetingIds, invitationId: id };
export const rsvpRefresh = defineVerb('rsvp.refresh', z.object(invitationIds).passthrough());
export const rsvpAnswer = defineVerb(
  'rsvp.answer',
  z
    .object({
      ...invitationIds,
      answer: z.enum(RSVP_ANSWERS),
      note: field(2000),
      delegateName: field(500),
      delegateEmail: field(500),
    })
    .passthrough(),
);
/** The invitee's mark for one moment of the date poll, on their invitation card. */
export const rsvpMark = defineVerb(
  'rsvp.mark',
  z.object({ ...invitationIds, slotId: z.string().max(20), answer: z.enum(VOTE_ANSWERS) }),
);

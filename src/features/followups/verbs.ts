// The card verbs of follow-up agreements and what each one's buttons send back.
import { z } from 'zod';
import { defineVerb } from '../../bot/feature';

const id = z.string().min(1).max(100);
/** A short field of a form (a date, a choice, an id): a string as the card sends it, absent when left empty. */
const field = (max: number) => z.string().max(max).optional();
/** A text typed or picked: room beyond any input's own limit, so the form itself says what is too long. */
const text = z.string().max(5000).optional();

export const followUpChoose = defineVerb('followup.choose', z.object({ broedplaatsId: id }).passthrough());

/** The follow-up form: what, the owner picked in Teams or named, the due date, the meeting it came from. */
export const followUpCreate = defineVerb(
  'followup.create',
  z
    .object({
      broedplaatsId: id,
      what: text,
      owner: text,
      ownerName: text,
      due: field(20),
      fromMeetingId: field(100),
    })
    .passthrough(),
);
export type FollowUpForm = z.infer<typeof followUpCreate.schema>;

/** "Gedaan" / "Vervalt" on an agreement, with the reason typed. */
export const followUpClose = defineVerb(
  'followup.close',
  z
    .object({
      broedplaatsId: id,
      followUpId: id,
      outcome: z.enum(['done', 'dropped']),
      reason: text,
    })
    .passthrough(),
);

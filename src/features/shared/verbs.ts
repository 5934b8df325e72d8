// Card verbs whose buttons one feature shows and another answers: a facilitator's claim confirmed, an agreement
// recorded from the reflection results.
import { z } from 'zod';
import { defineVerb } from '../../bot/feature';

const id = z.string().min(1).max(100);

/** A contact's answer to an account that matched the facilitator's e-mail address. */
export const facilitatorConfirm = defineVerb(
  'facilitator.confirm',
  z.object({
    broedplaatsId: z.string().max(100),
    claimant: z.string().max(100),
    answer: z.enum(['yes', 'no']),
  }),
);

/** "Vastleggen als vervolgafspraak" on reflection results: the mentioned agreement by its number. */
export const followUpFromReflection = defineVerb(
  'followup.fromReflection',
  z
    .object({ broedplaatsId: id, meetingId: id, index: z.coerce.number().int().min(0).max(100) })
    .passthrough(),
);

// The card verbs of the intake and what each one's buttons send back: an answer, an edit, confirm, cancel, sharing.
import { z } from 'zod';
import { defineVerb } from '../../bot/feature';
import { EDITABLE_FIELDS } from '../../domain/intake';

const ids = { flowId: z.string().min(1).max(100), owner: z.string().max(200).optional() };
const broedplaatsId = z.string().min(1).max(100);

/** An answer on a step's card: its inputs or one of its buttons, read by that step's form (steps.ts). */
export const intakeAnswer = defineVerb(
  'intake.answer',
  z.object({ ...ids, stepId: z.string().max(50), button: z.string().max(50).optional() }).passthrough(),
);
export const intakeEdit = defineVerb('intake.edit', z.object({ ...ids, field: z.enum(EDITABLE_FIELDS) }));
export const intakeConfirm = defineVerb('intake.confirm', z.object(ids));
export const intakeCancel = defineVerb('intake.cancel', z.object(ids));

/** The broedplaats whose consent to share is changed (`delen`, with several). */
export const sharingChoose = defineVerb('sharing.choose', z.object({ broedplaatsId }));
/** Whether other networks may see the broedplaats's question and contact. */
export const sharingSet = defineVerb(
  'sharing.set',
  z.object({ broedplaatsId, answer: z.enum(['yes', 'no']) }),
);

// The card verbs of the facilitator's half-days and what each one's buttons send back.
import { z } from 'zod';
import { defineVerb } from '../../bot/feature';

const id = z.string().min(1).max(100);
/** A short field of a form (a date, a choice, an id): a string as the card sends it, absent when left empty. */
const field = (max: number) => z.string().max(max).optional();
/** A text typed or picked: room beyond any input's own limit, so the form itself says what is too long. */
const text = z.string().max(5000).optional();

export const halfDayChoose = defineVerb('halfday.choose', z.object({ broedplaatsId: id }).passthrough());

/** The half-day form: the day, what was done, and whether logging beyond the budget was confirmed ("true"). */
export const halfDayCreate = defineVerb(
  'halfday.create',
  z.object({ broedplaatsId: id, date: field(20), what: text, confirmOver: field(10) }).passthrough(),
);
export type HalfDayForm = z.infer<typeof halfDayCreate.schema>;

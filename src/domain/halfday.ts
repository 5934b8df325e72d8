// The process facilitator's half-days (dagdelen): six per broedplaats (report 1.2, 3.3).
import { z } from 'zod';
import { FACILITATOR_HALF_DAYS } from './broedplaats';

export { FACILITATOR_HALF_DAYS };
export const HALF_DAY_TEXT = { what: { min: 3, max: 300 } } as const;

export const halfDaySchema = z.object({
  id: z.string(),
  broedplaatsId: z.string(),
  /** The day (yyyy-MM-dd) it was spent. */
  date: z.string(),
  what: z.string(),
  loggedBy: z.object({ aadObjectId: z.string(), name: z.string() }),
  loggedAt: z.string(),
  /** Logged beyond the budget, after a confirmation (the project lead was told). */
  overBudget: z.boolean(),
});
export type HalfDay = z.infer<typeof halfDaySchema>;

/** Whether one more half-day goes over the budget. */
export function wouldExceed(used: number): boolean {
  return used + 1 > FACILITATOR_HALF_DAYS;
}

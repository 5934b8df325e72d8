// The card verbs of the overview and what each one's buttons send back: a page, a broedplaats's detail, "seen".
import { z } from 'zod';
import { defineVerb } from '../../bot/feature';

const id = z.string().min(1).max(100);

/** A page of the overview (its number, as the card sends it back). */
export const statusPage = defineVerb(
  'status.page',
  z
    .object({ page: z.union([z.string().max(5), z.number()]).pipe(z.coerce.number().int().min(0).max(1000)) })
    .passthrough(),
);
export const statusDetail = defineVerb('status.detail', z.object({ broedplaatsId: id }).passthrough());
/** The undelivered messages of a broedplaats shown up to `upTo` were seen. */
export const statusSeen = defineVerb(
  'status.seen',
  z.object({ broedplaatsId: id, upTo: z.string().datetime().optional() }).passthrough(),
);

// The card verbs of records and what each one's buttons send back: follow-ups, half-days, roles, privacy, facilitator.
import { z } from 'zod';
import { defineVerb } from '../../bot/feature';

const id = z.string().min(1).max(100);
/** A short field of a form (a date, a choice, an id): a string as the card sends it, absent when left empty. */
const field = (max: number) => z.string().max(max).optional();
/** A text typed or picked: room beyond any input's own limit, so the form itself says what is too long. */
const text = z.string().max(5000).optional();

export const followUpChoose = defineVerb('followup.choose', z.object({ broedplaatsId: id }).passthrough());

/** "Vastleggen als vervolgafspraak" on reflection results: the mentioned agreement by its number. */
export const followUpFromReflection = defineVerb(
  'followup.fromReflection',
  z
    .object({ broedplaatsId: id, meetingId: id, index: z.coerce.number().int().min(0).max(100) })
    .passthrough(),
);

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

export const halfDayChoose = defineVerb('halfday.choose', z.object({ broedplaatsId: id }).passthrough());

/** The half-day form: the day, what was done, and whether logging beyond the budget was confirmed ("true"). */
export const halfDayCreate = defineVerb(
  'halfday.create',
  z.object({ broedplaatsId: id, date: field(20), what: text, confirmOver: field(10) }).passthrough(),
);
export type HalfDayForm = z.infer<typeof halfDayCreate.schema>;

/** The roles card's fields: the person picked, the role, the broedplaats (none chosen at first). */
const rolesForm = z.object({ person: text, role: field(20), broedplaatsId: field(100) }).passthrough();
export type RolesForm = z.infer<typeof rolesForm>;
export const roleGrant = defineVerb('role.grant', rolesForm);
export const roleRevoke = defineVerb('role.revoke', rolesForm);

/** A contact's answer to an account that matched the facilitator's e-mail address. */
export const facilitatorConfirm = defineVerb(
  'facilitator.confirm',
  z.object({
    broedplaatsId: z.string().max(100),
    claimant: z.string().max(100),
    answer: z.enum(['yes', 'no']),
  }),
);

export const privacyDelete = defineVerb('privacy.delete', z.object({}).passthrough());
export const privacyKeep = defineVerb('privacy.keep', z.object({}).passthrough());

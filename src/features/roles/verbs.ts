// The card verbs of roles and what each one's buttons send back.
import { z } from 'zod';
import { defineVerb } from '../../bot/feature';

/** A short field of a form (a date, a choice, an id): a string as the card sends it, absent when left empty. */
const field = (max: number) => z.string().max(max).optional();
/** A text typed or picked: room beyond any input's own limit, so the form itself says what is too long. */
const text = z.string().max(5000).optional();

/** The roles card's fields: the person picked, the role, the broedplaats (none chosen at first). */
const rolesForm = z.object({ person: text, role: field(20), broedplaatsId: field(100) }).passthrough();
export type RolesForm = z.infer<typeof rolesForm>;
export const roleGrant = defineVerb('role.grant', rolesForm);
export const roleRevoke = defineVerb('role.revoke', rolesForm);

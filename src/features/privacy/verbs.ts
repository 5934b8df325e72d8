// The card verbs of removing one's own data: delete, or keep.
import { z } from 'zod';
import { defineVerb } from '../../bot/feature';

export const privacyDelete = defineVerb('privacy.delete', z.object({}).passthrough());
export const privacyKeep = defineVerb('privacy.keep', z.object({}).passthrough());

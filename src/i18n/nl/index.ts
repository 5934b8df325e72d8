// Every user-facing text in Dutch (the default language), one file per flow; en/ has the same keys.
import { exportTexts } from './export';
import { followUpsTexts } from './followups';
import { halfDaysTexts } from './halfdays';
import { helpTexts } from './help';
import { intakeTexts } from './intake';
import { invitationsTexts } from './invitations';
import { privacyTexts } from './privacy';
import { reflectionTexts } from './reflection';
import { rolesTexts } from './roles';
import { schedulingTexts } from './scheduling';
import { sharedTexts } from './shared';
import { statusTexts } from './status';

export const nl = {
  language: 'nl',
  ...helpTexts,
  ...intakeTexts,
  ...schedulingTexts,
  ...invitationsTexts,
  ...reflectionTexts,
  ...statusTexts,
  ...followUpsTexts,
  ...halfDaysTexts,
  ...rolesTexts,
  ...exportTexts,
  ...privacyTexts,
  ...sharedTexts,
} as const;

/** The shape every language must fill: the same keys, texts as strings or functions of the same parameters. */
export type Texts = Widen<typeof nl>;

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };

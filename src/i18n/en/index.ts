// Every user-facing text in English (for clients whose locale starts with "en"); same keys as nl/.
import type { Texts } from '../nl';
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

export const en: Texts = {
  language: 'en',
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
};

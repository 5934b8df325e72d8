// Texts with personal links (invitations, reflections) for a contact to copy into an e-mail. Template: cards/mail-texts.json.
import { renderCard, type AdaptiveCard } from './render';

/** Data bound to cards/mail-texts.json; texts sit in inputs, so they are copied exactly as written. */
export interface MailTextsCardData {
  title: string;
  intro: string;
  people: {
    forWhom: string;
    idNl: string;
    labelNl: string;
    textNl: string;
    idEn: string;
    labelEn: string;
    textEn: string;
    /** `mailto:` links with subject and text filled in, in Dutch and in English; '' without an e-mail address. */
    mailtoNl: string;
    mailLabelNl: string;
    mailtoEn: string;
    mailLabelEn: string;
  }[];
}

export function renderMailTextsCard(data: MailTextsCardData): AdaptiveCard {
  return renderCard('mail-texts', data);
}

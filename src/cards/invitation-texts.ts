// Invitation texts with personal links for the contact to copy into an e-mail. Template: cards/invitation-texts.json.
import { renderCard, type AdaptiveCard } from './render';

/** Data bound to cards/invitation-texts.json; texts sit in inputs, so they are copied exactly as written. */
export interface InvitationTextsCardData {
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
    /** A `mailto:` link with subject and text filled in, or '' without an e-mail address. */
    mailto: string;
    mailLabel: string;
  }[];
}

export function renderInvitationTextsCard(data: InvitationTextsCardData): AdaptiveCard {
  return renderCard('invitation-texts', data);
}

// The invitation form: people picked in Teams and people by hand, with their party and why. Template: cards/invite-form.json.
import { renderCard, type AdaptiveCard } from './render';

/** Data bound to cards/invite-form.json. */
export interface InviteFormCardData {
  title: string;
  intro: string;
  wanted: string;
  errors: string[];
  peopleLabel: string;
  peoplePlaceholder: string;
  /** Picked Entra object ids, comma-separated (kept when the form is shown again). */
  people: string;
  peopleCategoryLabel: string;
  peopleCategory: string;
  categories: { title: string; value: string }[];
  rows: { n: number; label: string; name: string; organisation: string; category: string; email: string }[];
  nameLabel: string;
  organisationLabel: string;
  categoryLabel: string;
  emailLabel: string;
  reasonLabel: string;
  reason: string;
  /** Also give the contact an invitation text with a personal link for people reachable in Teams. */
  linksForAllLabel: string;
  linksForAll: 'true' | 'false';
  submitLabel: string;
  broedplaatsId: string;
  meetingId: string;
}

export function renderInviteFormCard(data: InviteFormCardData): AdaptiveCard {
  return renderCard('invite-form', data);
}

// The invitation form: people picked in Teams and people by hand, with their party and why. Template: cards/invite-form.json.
import { renderCard, type AdaptiveCard } from './render';

/** Data bound to cards/invite-form.json. */
export interface InviteFormCardData {
  title: string;
  intro: string;
  wanted: string;
  /** Every problem of the last try, repeated by the submit button (each is also shown by its field). */
  errors: string[];
  peopleLabel: string;
  peoplePlaceholder: string;
  /** Picked Entra object ids, comma-separated (kept when the form is shown again). */
  people: string;
  peopleCategoryLabel: string;
  peopleCategory: string;
  /** Problems with the people picked, shown under their party. */
  peopleErrors: string[];
  categories: { title: string; value: string }[];
  /** Shown while no party is chosen (none is chosen for the user). */
  categoryPlaceholder: string;
  /** Rows by hand, each with its own problems and the bot's messages for a client that checks lengths itself. */
  rows: {
    n: number;
    label: string;
    errors: string[];
    name: string;
    nameError: string;
    organisation: string;
    organisationError: string;
    category: string;
    email: string;
    emailError: string;
  }[];
  nameLabel: string;
  organisationLabel: string;
  categoryLabel: string;
  emailLabel: string;
  reasonLabel: string;
  reason: string;
  reasonErrors: string[];
  reasonError: string;
  /** Also give the contact an invitation text with a personal link for people reachable in Teams. */
  linksForAllLabel: string;
  linksForAll: 'true' | 'false';
  submitLabel: string;
  /** The verb of the submit button. */
  verbs: { create: string };
  broedplaatsId: string;
  meetingId: string;
}

export function renderInviteFormCard(data: InviteFormCardData): AdaptiveCard {
  return renderCard('invite-form', data);
}

// The contact's overview of who answered the invitations to a meeting. Template: cards/rsvp-tally.json.
import { renderCard, type AdaptiveCard } from './render';

/** Data bound to cards/rsvp-tally.json; `who` and `note` are user text, shown as typed. */
export interface RsvpTallyCardData {
  title: string;
  when: string;
  counts: string;
  rows: { who: string; note: string; answer: string; color: 'Default' | 'Good' | 'Attention' | 'Warning' }[];
  /** The button that gives the contact the invitation texts with personal links ('' hides it). */
  textsLabel: string;
  /** The verb of the button for texts to send on. */
  verbs: { texts: string };
  broedplaatsId: string;
  meetingId: string;
}

export function renderRsvpTallyCard(data: RsvpTallyCardData): AdaptiveCard {
  return renderCard('rsvp-tally', data);
}

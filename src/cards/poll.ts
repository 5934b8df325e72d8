// A meeting's card: the date poll (tallies, one's own choices, vote buttons) or, once fixed, the meeting. Template: cards/poll.json.
import { renderCard, type AdaptiveCard } from './render';

/** Data bound to cards/poll.json. Title, purpose and detail values are user text, shown as typed. */
export interface PollCardData {
  title: string;
  purpose: string;
  details: { label: string; value: string }[];
  status: string;
  statusColor: 'Default' | 'Good' | 'Attention' | 'Accent';
  instructions: string;
  slots: {
    when: string;
    tally: string;
    /** The viewer's own choice ('' on the shared card). */
    mine: string;
    buttons: { title: string; verb: string; data: PollActionData }[];
  }[];
  footer: string;
  actions: { title: string; verb: string; data: PollActionData }[];
  icsUrl: string;
  icsLabel: string;
}

/**
 * What a button on the card sends back, bound as one object (one binding instead of one per field: the card is
 * expanded on every vote, for the voter and for the shared card).
 */
export interface PollActionData {
  verb: string;
  broedplaatsId: string;
  meetingId: string;
  slotId?: string;
  answer?: string;
}

export function renderPollCard(data: PollCardData): AdaptiveCard {
  return renderCard('poll', data);
}

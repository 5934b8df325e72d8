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
    buttons: { title: string; verb: string; slotId: string; answer: string }[];
  }[];
  footer: string;
  actions: { title: string; verb: string }[];
  icsUrl: string;
  icsLabel: string;
  broedplaatsId: string;
  meetingId: string;
}

export function renderPollCard(data: PollCardData): AdaptiveCard {
  return renderCard('poll', data);
}

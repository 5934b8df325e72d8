// An invitation to a meeting, with the invitee's answer buttons and marks on the date poll (or read-only for others). Template: cards/invitation.json.
import { renderCard, type AdaptiveCard } from './render';

/** Data bound to cards/invitation.json; title, invitedBy and detail values are user text, shown as typed. */
export interface InvitationCardData {
  title: string;
  invitedBy: string;
  status: string;
  statusColor: 'Default' | 'Good' | 'Attention' | 'Accent';
  details: { label: string; value: string }[];
  yourAnswer: string;
  /** Whether the answer inputs and buttons are shown. */
  canAnswer: boolean;
  noteLabel: string;
  note: string;
  /** The delegate section is open (a refused delegate: shown again with what was typed). */
  delegateOpen: boolean;
  delegateName: string;
  delegateEmail: string;
  delegateNameLabel: string;
  delegateEmailLabel: string;
  /** The bot's own messages for the text fields, for a client that checks their length itself. */
  noteError: string;
  delegateNameError: string;
  delegateEmailError: string;
  delegateSubmitLabel: string;
  delegateLabel: string;
  answerButtons: { title: string; answer: string }[];
  /** Shown above the date poll's moments (when there are any to mark). */
  momentsIntro: string;
  /** While the date is being chosen, for the invitee: each moment with yes / maybe / no and their own mark. */
  moments: { when: string; mine: string; buttons: { title: string; data: MarkActionData }[] }[];
  /** The verbs of the answer buttons and of the moments' marks. */
  verbs: { answer: string; mark: string };
  broedplaatsId: string;
  meetingId: string;
  invitationId: string;
}

/** What a moment's button sends back: the invitee's mark for one slot of the date poll. */
export interface MarkActionData {
  verb: string;
  broedplaatsId: string;
  meetingId: string;
  invitationId: string;
  slotId: string;
  answer: 'yes' | 'maybe' | 'no';
}

export function renderInvitationCard(data: InvitationCardData): AdaptiveCard {
  return renderCard('invitation', data);
}

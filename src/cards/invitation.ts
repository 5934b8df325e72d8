// An invitation to a meeting, with the invitee's answer buttons (or read-only for others). Template: cards/invitation.json.
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
  delegateNameLabel: string;
  delegateEmailLabel: string;
  /** The bot's own messages for the text fields, for a client that checks their length itself. */
  noteError: string;
  delegateNameError: string;
  delegateEmailError: string;
  delegateSubmitLabel: string;
  delegateLabel: string;
  answerButtons: { title: string; answer: string }[];
  broedplaatsId: string;
  meetingId: string;
  invitationId: string;
}

export function renderInvitationCard(data: InvitationCardData): AdaptiveCard {
  return renderCard('invitation', data);
}

// Smaller forms and records: a follow-up (form and card), a half-day form, and role management.
import { renderCard, type AdaptiveCard } from './render';

/** Data bound to cards/followup-form.json; `title`, `what` and `ownerName` are user text. */
export interface FollowUpFormCardData {
  title: string;
  intro: string;
  errors: string[];
  whatLabel: string;
  what: string;
  /** The bot's own messages for the text fields, for a client that checks their length itself. */
  fieldErrors: { what: string; ownerName: string };
  ownerLabel: string;
  owner: string;
  ownerNameLabel: string;
  ownerName: string;
  dueLabel: string;
  due: string;
  submitLabel: string;
  /** The verb of the button. */
  verb: string;
  broedplaatsId: string;
  fromMeetingId: string;
}

export function renderFollowUpFormCard(data: FollowUpFormCardData): AdaptiveCard {
  return renderCard('followup-form', data);
}

/** Data bound to cards/followup.json: one agreement, with done / drop while it is open. */
export interface FollowUpCardData {
  title: string;
  intro: string;
  status: string;
  statusColor: 'Default' | 'Good' | 'Attention';
  facts: { label: string; value: string }[];
  open: boolean;
  reasonLabel: string;
  /** The reason as typed (kept when the bot refuses it). */
  reason: string;
  /** The bot's message for a too long reason, for a client that checks its length itself. */
  reasonError: string;
  doneLabel: string;
  dropLabel: string;
  /** The verb of both buttons (told apart by their outcome). */
  verb: string;
  broedplaatsId: string;
  followUpId: string;
}

export function renderFollowUpCard(data: FollowUpCardData): AdaptiveCard {
  return renderCard('followup', data);
}

/** Data bound to cards/halfday-form.json. */
export interface HalfDayFormCardData {
  title: string;
  budget: string;
  errors: string[];
  dateLabel: string;
  date: string;
  whatLabel: string;
  what: string;
  /** The bot's message for the description, for a client that checks its length itself. */
  whatError: string;
  submitLabel: string;
  /** "true" once the contact confirmed logging beyond the budget. */
  confirmOver: string;
  /** The verb of the button. */
  verb: string;
  broedplaatsId: string;
}

export function renderHalfDayFormCard(data: HalfDayFormCardData): AdaptiveCard {
  return renderCard('halfday-form', data);
}

/** Data bound to cards/roles.json. */
export interface RolesCardData {
  title: string;
  intro: string;
  status: string;
  statusColor: 'Default' | 'Good' | 'Attention';
  personLabel: string;
  /** The person, role and broedplaats chosen (kept when the bot refuses them; none chosen at first). */
  person: string;
  role: string;
  broedplaatsId: string;
  roleLabel: string;
  roles: { title: string; value: string }[];
  broedplaatsLabel: string;
  broedplaatsen: { title: string; value: string }[];
  currentLabel: string;
  current: string[];
  logLabel: string;
  log: string[];
  grantLabel: string;
  revokeLabel: string;
  /** The verbs of the two buttons. */
  verbs: { grant: string; revoke: string };
}

export function renderRolesCard(data: RolesCardData): AdaptiveCard {
  return renderCard('roles', data);
}

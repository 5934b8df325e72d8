// The form to plan a meeting: purpose, place, 2–5 proposed moments or the one fixed, where its card goes. Template: cards/plan-form.json.
import { renderCard, type AdaptiveCard } from './render';

/** Data bound to cards/plan-form.json. `title` is user text (network name), shown as typed. */
export interface PlanFormCardData {
  title: string;
  intro: string;
  errors: string[];
  purposeLabel: string;
  purpose: string;
  locationLabel: string;
  location: string;
  onlineUrlLabel: string;
  onlineUrl: string;
  /** The bot's own message per text field, for a client that checks the field's length itself. */
  fieldErrors: { purpose: string; location: string; onlineUrl: string };
  /** Five rows; `n` numbers the input ids (date1, start1, end1, …). */
  slots: { n: number; label: string; date: string; start: string; end: string }[];
  startLabel: string;
  endLabel: string;
  targets: { title: string; value: string }[];
  target: string;
  whereLabel: string;
  jointLabel: string;
  /** "true" or "false": the joint reflection moment toggle. */
  joint: string;
  submitLabel: string;
  /** The second button: the one moment filled in is the meeting's fixed date (no poll). */
  fixedLabel: string;
  /** The verb of both buttons. */
  verb: string;
  broedplaatsId: string;
  number: number;
}

export function renderPlanFormCard(data: PlanFormCardData): AdaptiveCard {
  return renderCard('plan-form', data);
}

// An answered intake question, shown in place of its card so the chat reads as a record. Template: cards/intake-answered.json.
import { renderCard, type AdaptiveCard } from './render';

/** Data bound to cards/intake-answered.json; `answer` is user text, shown as typed (no markdown). */
export interface IntakeAnsweredCardData {
  heading: string;
  answer: string;
}

export function renderIntakeAnsweredCard(data: IntakeAnsweredCardData): AdaptiveCard {
  return renderCard('intake-answered', data);
}

// One broedplaats in detail: question, meetings, invitees, reflections, follow-ups, half-days. Template: cards/status-detail.json.
import { renderCard, type AdaptiveCard } from './render';

/** Data bound to cards/status-detail.json; every line is shown as typed (user text included). */
export interface StatusDetailCardData {
  title: string;
  facts: { title: string; value: string }[];
  sections: { heading: string; lines: string[] }[];
  /** Buttons under the card (none: an empty list). */
  actions: { title: string; verb: string; data: Record<string, unknown> }[];
}

export function renderStatusDetailCard(data: StatusDetailCardData): AdaptiveCard {
  return renderCard('status-detail', data);
}

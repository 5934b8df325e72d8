// A broedplaats summarised for a notification (e.g. to the project lead). Template: cards/broedplaats-notice.json.
import { renderCard, type AdaptiveCard } from './render';

/** Data bound to cards/broedplaats-notice.json; all values shown as typed (no markdown). */
export interface BroedplaatsNoticeCardData {
  title: string;
  intro: string;
  rows: { label: string; value: string }[];
}

export function renderBroedplaatsNoticeCard(data: BroedplaatsNoticeCardData): AdaptiveCard {
  return renderCard('broedplaats-notice', data);
}

// The project lead's overview: one row per broedplaats, attention first, paged. Template: cards/status.json.
import { renderCard, type AdaptiveCard } from './render';

/** Data bound to cards/status.json; `network` is user text, shown as typed. */
export interface StatusCardData {
  title: string;
  subtitle: string;
  detailsLabel: string;
  /** The verbs of the details buttons and of the pager. */
  verbs: { detail: string; page: string };
  rows: {
    id: string;
    network: string;
    summary: string;
    attention: string;
    style: 'default' | 'attention' | 'emphasis';
    facts: { title: string; value: string }[];
  }[];
  pageText: string;
  pager: { title: string; page: number }[];
}

export function renderStatusCard(data: StatusCardData): AdaptiveCard {
  return renderCard('status', data);
}

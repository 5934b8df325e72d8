// Related broedplaatsen of other networks, with why each is suggested. Template: cards/related.json.
import { renderCard, type AdaptiveCard } from './render';

/** Data bound to cards/related.json; network, question and contact are user text, shown as typed. */
export interface RelatedCardData {
  intro: string;
  items: { network: string; question: string; reasons: string; contact: string }[];
}

export function renderRelatedCard(data: RelatedCardData): AdaptiveCard {
  return renderCard('related', data);
}

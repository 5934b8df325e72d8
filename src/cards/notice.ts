// A short card with a message and optional buttons (confirmations, errors). Template: cards/notice.json.
import { renderCard, type AdaptiveCard } from './render';

/** Data bound to cards/notice.json. */
export interface NoticeCardData {
  title: string;
  text: string;
  color: 'Default' | 'Good' | 'Attention';
  buttons: { title: string; verb: string; broedplaatsId: string; meetingId: string }[];
  /** Links that open in the browser (downloads). */
  links: { title: string; url: string }[];
}

export function renderNoticeCard(data: Partial<NoticeCardData> & { text: string }): AdaptiveCard {
  return renderCard('notice', { title: '', color: 'Default', buttons: [], links: [], ...data });
}

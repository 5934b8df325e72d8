// A form for one moment (date, start, end), e.g. to move a meeting. Template: cards/slot-form.json.
import { renderCard, type AdaptiveCard } from './render';

/** Data bound to cards/slot-form.json. */
export interface SlotFormCardData {
  title: string;
  intro: string;
  errors: string[];
  dateLabel: string;
  startLabel: string;
  endLabel: string;
  date: string;
  start: string;
  end: string;
  submitLabel: string;
  verb: string;
  broedplaatsId: string;
  meetingId: string;
}

export function renderSlotFormCard(data: SlotFormCardData): AdaptiveCard {
  return renderCard('slot-form', data);
}

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
  /** A dropdown (input `choiceId`) and its one button, instead of a button per option when there are many. */
  choiceId: string;
  choiceLabel: string;
  choices: { title: string; value: string }[];
  submit: { title: string; verb: string; data: Record<string, string> }[];
}

/** Teams shows at most this many buttons on a card; more options become a dropdown. */
export const MAX_BUTTONS = 5;

/** A choice for a card action `verb`: one button per option when few, else a dropdown with one button. */
export function renderChoiceCard(data: {
  text: string;
  verb: string;
  /** The field of the action's data the chosen option fills; `fixed` holds the other fields. */
  field: 'broedplaatsId' | 'meetingId';
  fixed: { broedplaatsId?: string; meetingId?: string };
  options: { title: string; value: string }[];
  label: string;
  submitLabel: string;
}): AdaptiveCard {
  const ids = (value: string) => ({
    broedplaatsId: data.field === 'broedplaatsId' ? value : (data.fixed.broedplaatsId ?? ''),
    meetingId: data.field === 'meetingId' ? value : (data.fixed.meetingId ?? ''),
  });
  if (data.options.length <= MAX_BUTTONS) {
    return renderNoticeCard({
      text: data.text,
      buttons: data.options.map((o) => ({ title: o.title, verb: data.verb, ...ids(o.value) })),
    });
  }
  const { [data.field]: _chosen, ...fixed } = ids('');
  return renderNoticeCard({
    text: data.text,
    choiceId: data.field,
    choiceLabel: data.label,
    choices: data.options,
    submit: [{ title: data.submitLabel, verb: data.verb, data: { verb: data.verb, ...fixed } }],
  });
}

export function renderNoticeCard(data: Partial<NoticeCardData> & { text: string }): AdaptiveCard {
  return renderCard('notice', {
    title: '',
    color: 'Default',
    buttons: [],
    links: [],
    choiceId: '',
    choiceLabel: '',
    choices: [],
    submit: [],
    ...data,
  });
}

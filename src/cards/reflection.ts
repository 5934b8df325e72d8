// The reflection card after a meeting: the report's questions, answerable until it closes. Template: cards/reflection.json.
import { renderCard, type AdaptiveCard } from './render';

type Choice = { title: string; value: string };

/** Data bound to cards/reflection.json; `title` and `values` texts are user text, shown as typed. */
export interface ReflectionCardData {
  title: string;
  intro: string;
  status: string;
  statusColor: 'Default' | 'Good' | 'Attention' | 'Accent';
  /** False once closed (or not yet open): no inputs. */
  open: boolean;
  labels: Record<
    | 'usefulness'
    | 'perspectives'
    | 'newContacts'
    | 'systemValue'
    | 'researchValue'
    | 'followUps'
    | 'followUpWish'
    | 'remarks'
    | 'showName'
    | 'pickScale',
    string
  >;
  values: Record<
    | 'usefulness'
    | 'perspectives'
    | 'newContacts'
    | 'systemValue'
    | 'researchValue'
    | 'followUps'
    | 'followUpWish'
    | 'remarks'
    | 'showName',
    string
  >;
  scale: Choice[];
  researchScale: Choice[];
  newContacts: Choice[];
  followUpWish: Choice[];
  /** The bot's message for a too long answer, for a client that checks the length itself. */
  tooLong: string;
  submitLabel: string;
  /** The verb of the button. */
  verb: string;
  broedplaatsId: string;
  meetingId: string;
}

export function renderReflectionCard(data: ReflectionCardData): AdaptiveCard {
  return renderCard('reflection', data);
}

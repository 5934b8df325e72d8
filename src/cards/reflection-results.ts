// The results of a meeting's reflection, for contacts and the project lead. Template: cards/reflection-results.json.
import { renderCard, type AdaptiveCard } from './render';

/** Data bound to cards/reflection-results.json; texts of participants are shown as typed. */
export interface ReflectionResultsCardData {
  title: string;
  intro: string;
  response: string;
  facts: { title: string; value: string }[];
  sections: { heading: string; items: { text: string; by: string }[] }[];
  /** Follow-up agreements participants mentioned, each with a button to record it. */
  /** Above the buttons that record a mentioned agreement as a follow-up (each button names the agreement). */
  followUpsHeading: string;
  followUps: { title: string; index: number }[];
  /** The verb of the buttons that record a mentioned agreement. */
  verb: string;
  broedplaatsId: string;
  meetingId: string;
}

export function renderReflectionResultsCard(data: ReflectionResultsCardData): AdaptiveCard {
  return renderCard('reflection-results', data);
}

// One question of the intake as a card: choices and/or text inputs, an error line, buttons. Template: cards/intake-step.json.
import { renderCard, type AdaptiveCard } from './render';

/** Data bound to cards/intake-step.json. */
export interface IntakeStepCardData {
  /** "Vraag 3 van 10". */
  progress: string;
  prompt: string;
  /** Why the last answer was refused ('' when none). */
  error: string;
  /** Known networks to pick from (network step only). */
  known: { title: string; value: string }[];
  knownLabel: string;
  knownPlaceholder: string;
  knownValue: string;
  choices: { title: string; value: string }[];
  multi: boolean;
  /** Pre-selected choice values, comma-separated. */
  choiceValue: string;
  inputs: {
    id: string;
    label: string;
    placeholder: string;
    value: string;
    /** The flow's limit: the flow checks and explains it; the card sets none, so Teams never blocks it silently. */
    maxLength: number;
    multiline: boolean;
  }[];
  /** Label of the main button ('' for none). */
  submitLabel: string;
  /** Extra buttons, each answering with its `button` value. */
  buttons: { title: string; button: string }[];
  /** The verb of every button (the answer). */
  verbs: { answer: string };
  flowId: string;
  stepId: string;
  /** Entra object id of the user whose intake this is (to tell others the card is not theirs). */
  owner: string;
}

export function renderIntakeStepCard(data: IntakeStepCardData): AdaptiveCard {
  return renderCard('intake-step', data);
}
